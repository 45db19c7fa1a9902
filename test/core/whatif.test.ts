import { describe, expect, it } from 'vitest';
import type { Architecture, ArchNode, Provenance } from '../../src/core/architecture/model';
import { decide } from '../../src/core/guide/decide';
import { shortLabel } from '../../src/core/guide/guide-graph';
import type { Question } from '../../src/core/guide/schema';
import { loadLibrary } from '../../src/core/library';
import { applyAnswerChange, applyAnswerChanges, decisionOf, droppedAnswers } from '../../src/core/whatif/apply';
import { compareDecisions } from '../../src/core/whatif/compare';
import { diffArchitectures, diffMarks, diffSummary, isEmptyDiff } from '../../src/core/whatif/diff';
import { explainChange } from '../../src/core/whatif/explain';
import { readTrees } from '../../src/node/read-trees';
import { loadGuide } from '../helpers/guides';

const library = loadLibrary(readTrees());
const dr = loadGuide('disaster-recovery');
const messaging = loadGuide('messaging');

const prov: Provenance = { guide: 'g', outcome: 'o', reason: 'r', answers: [] };
const node = (id: string, over: Partial<ArchNode> = {}): ArchNode => ({
  id, service: `svc.${id}`, label: id, serviceName: id, provider: 'aws', category: 'compute', provenance: prov, ...over,
});
const arch = (over: Partial<Architecture>): Architecture => ({ version: 1, title: 't', containers: [], nodes: [], edges: [], ...over });

describe('diffArchitectures', () => {
  const before = arch({
    containers: [{ id: 'region', kind: 'region', label: 'Region', provenance: prov }, { id: 'vpc', kind: 'vpc', label: 'VPC', parent: 'region', provenance: prov }],
    nodes: [node('a'), node('b', { parent: 'vpc' }), node('c'), node('gone')],
    edges: [
      { id: 'e0-a-b', from: 'a', to: 'b', style: 'sync', label: 'call', provenance: prov },
      { id: 'e1-b-c', from: 'b', to: 'c', style: 'async', provenance: prov },
      { id: 'e2-a-gone', from: 'a', to: 'gone', style: 'sync', provenance: prov },
    ],
  });
  const after = arch({
    containers: [{ id: 'region', kind: 'region', label: 'Region B', provenance: prov }, { id: 'subnet', kind: 'subnet', label: 'S', tier: 'private', provenance: prov }],
    nodes: [node('a'), node('b', { parent: 'subnet' }), node('c', { service: 'svc.other' }), node('new', { label: 'New one' })],
    edges: [
      // same ends, new template index: the same edge, its label changed
      { id: 'e5-a-b', from: 'a', to: 'b', style: 'sync', label: 'call v2', provenance: prov },
      { id: 'e6-b-c', from: 'b', to: 'c', style: 'async', provenance: prov },
      { id: 'e7-c-new', from: 'c', to: 'new', style: 'replication', provenance: prov },
    ],
  });
  const diff = diffArchitectures(before, after);

  it('finds added, removed and changed nodes (service, label or parent)', () => {
    expect(diff.nodes.added.map((n) => n.id)).toEqual(['new']);
    expect(diff.nodes.removed.map((n) => n.id)).toEqual(['gone']);
    expect(diff.nodes.changed.map((c) => [c.id, c.fields])).toEqual([['b', ['parent']], ['c', ['service']]]);
  });

  it('finds added, removed and changed containers', () => {
    expect(diff.containers.added.map((c) => c.id)).toEqual(['subnet']);
    expect(diff.containers.removed.map((c) => c.id)).toEqual(['vpc']);
    expect(diff.containers.changed.map((c) => [c.id, c.fields])).toEqual([['region', ['label']]]);
  });

  it('matches edges by their ends, not by their index-bearing ids', () => {
    expect(diff.edges.added.map((e) => e.id)).toEqual(['e7-c-new']);
    expect(diff.edges.removed.map((e) => e.id)).toEqual(['e2-a-gone']);
    expect(diff.edges.changed.map((c) => [c.id, c.fields])).toEqual([['e5-a-b', ['label']]]);
  });

  it('tells two edges between the same ends apart', () => {
    const two = (label2: string) => arch({
      nodes: [node('a'), node('b')],
      edges: [
        { id: 'x', from: 'a', to: 'b', style: 'sync', label: 'one', provenance: prov },
        { id: 'y', from: 'a', to: 'b', style: 'sync', label: label2, provenance: prov },
      ],
    });
    const d = diffArchitectures(two('two'), two('three'));
    expect(d.edges.changed.map((c) => c.after.label)).toEqual(['three']);
    expect(d.edges.added).toEqual([]);
  });

  it('marks removed in the old diagram, added in the new one, changed in both', () => {
    expect(diffMarks(diff)).toEqual({
      before: { gone: 'removed', b: 'changed', c: 'changed', vpc: 'removed', region: 'changed' },
      after: { new: 'added', b: 'changed', c: 'changed', subnet: 'added', region: 'changed' },
    });
    expect(diffSummary(diff)).toBe('Services: 1 added, 1 removed, 2 changed');
  });

  it('finds nothing between an architecture and itself', () => {
    const same = diffArchitectures(before, structuredClone(before));
    expect(isEmptyDiff(same)).toBe(true);
    expect(diffMarks(same)).toEqual({ before: {}, after: {} });
    expect(diffSummary(same)).toBe('The same services');
  });
});

/** A pilot-light answer set: RPO 5 min and RTO 60 min. */
const pilot = {
  rpoMinutes: 5, rtoMinutes: 60, criticality: 'important', dataStore: 'aurora', compute: 'ecs',
  monthlySpend: 20_000, downtimeCostPerHour: 10_000, budget: 'up-to-20', clientNeeds: 'dns-fine',
};

describe('applyAnswerChange', () => {
  it('re-decides with the new answer', () => {
    expect(decide(dr, pilot)).toMatchObject({ status: 'outcome', outcome: 'pilot-light' });
    expect(applyAnswerChange(dr, pilot, 'rpoMinutes', 0.5)).toMatchObject({ status: 'outcome', outcome: 'warm-standby' });
  });

  it('drops answers the new path no longer asks', () => {
    const after = applyAnswerChange(dr, pilot, 'rpoMinutes', 2000);
    expect(after).toMatchObject({ status: 'outcome', outcome: 'pilot-light' }); // RTO 60 is not ≥ 240
    const backup = applyAnswerChange(dr, { ...pilot, rpoMinutes: 2000 }, 'rtoMinutes', 300);
    expect(backup).toMatchObject({ status: 'outcome', outcome: 'backup-restore' });
    expect(droppedAnswers(pilot, backup)).toEqual(['clientNeeds']);
    expect(backup.answers.clientNeeds).toBeUndefined();
  });

  it('waits on a question the new path opens and the user never answered', () => {
    const queue = { pattern: 'work-queue', consumerCompute: 'lambda', ordering: 'any-order' };
    const after = applyAnswerChange(messaging, queue, 'ordering', 'strict');
    expect(after).toMatchObject({ status: 'pending', question: 'peakMps' });
    expect(applyAnswerChanges(messaging, queue, [{ question: 'ordering', to: 'strict' }, { question: 'peakMps', to: 1200 }]))
      .toMatchObject({ status: 'outcome', outcome: 'sqs-fifo' });
  });

  it('turns an invalid value into an error decision that says why', () => {
    const after = applyAnswerChange(dr, pilot, 'rpoMinutes', -3);
    expect(after.status).toBe('error');
    expect(after.status === 'error' && after.message).toMatch(/outside the range/);
    expect(applyAnswerChange(dr, pilot, 'compute', 'mainframe')).toMatchObject({ status: 'error' });
  });
});

describe('explainChange', () => {
  const before = decide(dr, pilot);

  it('names the changed answer with the question\'s short name and the outcome move', () => {
    expect(explainChange(dr, before, applyAnswerChange(dr, pilot, 'rpoMinutes', 0.5)))
      .toBe('RPO 5 min → 0.5 min moved the recommendation from Pilot light to Warm standby.');
  });

  it('names several changes, quoting choice labels', () => {
    const after = applyAnswerChanges(dr, pilot, [{ question: 'rtoMinutes', to: 10 }, { question: 'compute', to: 'lambda' }]);
    expect(explainChange(dr, before, after))
      .toBe('RTO 60 min → 10 min and compute “Containers on ECS” → “Lambda functions” moved the recommendation from Pilot light to Warm standby.');
  });

  it('says when the recommendation stays', () => {
    expect(explainChange(dr, before, applyAnswerChange(dr, pilot, 'rpoMinutes', 10)))
      .toBe('RPO 5 min → 10 min keeps the recommendation at Pilot light.');
    expect(explainChange(dr, before, before)).toBe('No answer changed; the recommendation is still Pilot light.');
  });

  it('names answers only the new path asks', () => {
    const queue = decide(messaging, { pattern: 'work-queue', consumerCompute: 'lambda', ordering: 'any-order' });
    const fifo = applyAnswerChanges(messaging, queue.answers, [{ question: 'ordering', to: 'strict' }, { question: 'peakMps', to: 1200 }]);
    expect(explainChange(messaging, queue, fifo)).toMatch(
      /^Ordering “.+” → “.+”, with peak msg\/s 1,200 messages\/s, moved the recommendation from SQS Standard queue with a dead-letter queue to SQS FIFO queue with message groups\.$/,
    );
  });

  it('says what a pending or invalid change needs', () => {
    const queue = decide(messaging, { pattern: 'work-queue', consumerCompute: 'lambda', ordering: 'any-order' });
    expect(explainChange(messaging, queue, applyAnswerChange(messaging, queue.answers, 'ordering', 'strict')))
      .toMatch(/opens a new question: peak msg\/s needs an answer before there is a recommendation\.$/);
    expect(explainChange(dr, before, applyAnswerChange(dr, pilot, 'rpoMinutes', -1))).toMatch(/^That answer does not work here: .*outside the range/);
  });
});

describe('compareDecisions', () => {
  it('gives both sides, the sentence and the marks', () => {
    const before = decide(dr, pilot);
    if (before.status !== 'outcome') throw new Error('expected an outcome');
    const c = compareDecisions(dr, library.catalog, before, applyAnswerChange(dr, pilot, 'rpoMinutes', 0.5));
    expect(c.sentence).toMatch(/^RPO 5 min → 0.5 min/);
    expect(c.before.recommendation.outcome.id).toBe('pilot-light');
    expect(c.after?.recommendation.outcome.id).toBe('warm-standby');
    expect(Object.keys(c.marks.after).length).toBeGreaterThan(0);
    expect(c.diff && isEmptyDiff(c.diff)).toBe(false);
    expect(decisionOf(before)).toEqual(before);
  });

  it('has no after side while the change waits on a question', () => {
    const queue = decide(messaging, { pattern: 'work-queue', consumerCompute: 'lambda', ordering: 'any-order' });
    if (queue.status !== 'outcome') throw new Error('expected an outcome');
    const c = compareDecisions(messaging, library.catalog, queue, applyAnswerChange(messaging, queue.answers, 'ordering', 'strict'));
    expect(c.after).toBeUndefined();
    expect(c.marks).toEqual({ before: {}, after: {} });
  });
});

describe('shortLabel', () => {
  const q = (over: Partial<Question>) => ({ id: 'peakMps', kind: 'choice', prompt: 'How fast?', help: 'h', next: [{ to: 'outcome:x' }], choices: [], ...over }) as Question;
  it('prefers the author\'s short name, then a trailing acronym, then the id in words', () => {
    expect(shortLabel(q({ short: 'Peak rate' }))).toBe('Peak rate');
    expect(shortLabel(q({ prompt: 'How many minutes of data could you lose? (RPO)' }))).toBe('RPO');
    expect(shortLabel(q({}))).toBe('peak msg/s');
    expect(shortLabel(q({ id: 'dataGbPerMonth' }))).toBe('data GB per month');
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { whyNotExplanation } from '../../src/core/guide/why-not-entry';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { loadLibrary } from '../../src/core/library';
import { loadRehearsalBank } from '../../src/core/rehearsal/bank';
import { decisiveAnswers, defendAgainst, explainAlternative, gradePick, nextScenario, scenarioPath, scenarioRecommendation } from '../../src/core/rehearsal/drill';
import { conflictsWith, reachableOutcomes } from '../../src/core/rehearsal/paths';
import { readJsonFiles, readTrees, TREES_DIR } from '../../src/node/read-trees';

const library = loadLibrary(readTrees());
const bank = loadRehearsalBank(
  { scenarios: readJsonFiles(join(TREES_DIR, 'scenarios')), flashcards: [] },
  library.guides,
);
const scenario = (id: string) => bank.scenarios.find((s) => s.id === id)!;
const guide = (id: string) => library.guides.find((g) => g.id === id)!;

const ledger = scenario('msg-ledger-postings-fifo');
const messaging = guide('messaging');

describe('grading a pick', () => {
  it('gives one point for the service and one for the deciding requirement', () => {
    expect(gradePick(messaging, ledger, { outcome: 'sqs-fifo', decidedBy: 'ordering' })).toMatchObject({ outcomeRight: true, deciderRight: true, points: 2 });
    expect(gradePick(messaging, ledger, { outcome: 'sqs-fifo', decidedBy: null })).toMatchObject({ outcomeRight: true, deciderRight: false, points: 1 });
    expect(gradePick(messaging, ledger, { outcome: 'kinesis-data-streams', decidedBy: 'ordering' })).toMatchObject({ outcomeRight: false, points: 1 });
  });

  it('credits any answer on the path that, changed alone, changes the outcome', () => {
    // The ledger's pattern (a stream would take it elsewhere) and its ordering both decide it;
    // which kind of compute consumes it does not.
    expect(decisiveAnswers(messaging, ledger)).toEqual(expect.arrayContaining(['pattern', 'ordering']));
    expect(decisiveAnswers(messaging, ledger)).not.toContain('consumerCompute');
    expect(gradePick(messaging, ledger, { outcome: 'sqs-fifo', decidedBy: 'pattern' })).toMatchObject({ deciderRight: true, points: 2 });
    expect(gradePick(messaging, ledger, { outcome: 'sqs-fifo', decidedBy: 'consumerCompute' })).toMatchObject({ deciderRight: false, points: 1 });
  });

  it('lists every decisive answer of every scenario, the keyed one included, and only answers on its path', () => {
    for (const s of bank.scenarios) {
      const g = guide(s.guide);
      const decisive = decisiveAnswers(g, s);
      expect(decisive, s.id).toContain(s.decidedBy);
      for (const q of decisive) expect(Object.keys(s.answers), s.id).toContain(q);
    }
  });

  it('accepts an alternative the scenario lists as defensible, and no other wrong pick', () => {
    const journal = scenario('dr-trade-journal-seconds');
    const dr = guide('disaster-recovery');
    expect(journal.alternatives?.map((a) => a.outcome)).toContain('pilot-light');
    expect(gradePick(dr, journal, { outcome: 'pilot-light', decidedBy: 'rpoMinutes' })).toMatchObject({ outcomeRight: false, outcomeDefensible: true, points: 2 });
    expect(gradePick(dr, journal, { outcome: 'backup-restore', decidedBy: 'rpoMinutes' })).toMatchObject({ outcomeDefensible: false, points: 1 });
  });
});

describe('the reveal', () => {
  it('walks the guide with the scenario answers and marks every deciding step', () => {
    const path = scenarioPath(messaging, ledger);
    expect(path.map((s) => s.question)).toEqual(['pattern', 'consumerCompute', 'ordering', 'peakMps']);
    expect(path.filter((s) => s.decider).map((s) => s.question)).toEqual(decisiveAnswers(messaging, ledger));
    expect(path.filter((s) => s.decider).map((s) => s.question)).toContain('ordering');
    expect(path.find((s) => s.question === 'peakMps')!.answer).toBe('800 messages/s');
  });

  it('builds the recommendation the guide gives for the scenario', () => {
    const rec = scenarioRecommendation(messaging, library.catalog, ledger);
    expect(rec.outcome.id).toBe('sqs-fifo');
    expect(rec.rationale.length).toBeGreaterThan(20);
  });

  it('explains a wrong pick with the guide’s why-not and the answer that rules it out', () => {
    const why = explainAlternative(messaging, ledger, 'sqs-standard');
    expect(why.title).toMatch(/SQS Standard/);
    // The same computed line the recommendation shows: the ruling answer, the guide's text for it, the change.
    const decision = decide(messaging, ledger.answers);
    if (decision.status !== 'outcome') throw new Error('ledger scenario reaches no outcome');
    const line = buildRecommendation(messaging, library.catalog, decision).whyNot.find((w) => w.outcome === 'sqs-standard')!;
    expect(why.whyNot).toBe(line.text);
    expect(why.whyNot).toContain(whyNotExplanation(messaging.outcomes.find((o) => o.id === 'sqs-fifo')!, 'sqs-standard', 'ordering'));
    expect(why.ruledOutBy[0]).toMatchObject({ question: 'ordering', given: 'Yes — in sequence and exactly once', needed: '“No — any order, repeats are harmless”' });
  });

  it('names a number band as what another outcome would need', () => {
    const why = explainAlternative(messaging, ledger, 'kinesis-data-streams');
    expect(why.ruledOutBy.map((r) => r.question)).toContain('peakMps');
    const peak = why.ruledOutBy.find((r) => r.question === 'peakMps')!;
    expect(peak.given).toBe('800 messages/s');
    // The threshold comes from the band cut points: Kinesis starts above the last FIFO band.
    const bands = messaging.questions.find((q) => q.id === 'peakMps')!;
    const cut = bands.kind === 'number' ? bands.bands.at(-2)!.below! : NaN;
    expect(peak.needed).toBe(`more than ${(cut - 1).toLocaleString('en-US')} messages/s`);
  });

  it('offers the scenario’s own alternatives to defend against, else the nearest ones', () => {
    expect(defendAgainst(messaging, ledger).map((a) => a.outcome)).toEqual(['sqs-standard', 'kinesis-data-streams']);
    const { defend: _none, ...plain } = ledger;
    const nearest = defendAgainst(messaging, plain);
    expect(nearest).toHaveLength(2);
    expect(nearest[0]!.outcome).toBe('sqs-standard'); // one answer away: ordering
    for (const alt of nearest) expect(alt.whyNot.length).toBeGreaterThan(0);
  });
});

describe('counterfactuals over a guide', () => {
  it('finds which outcomes are still reachable from partial answers', () => {
    expect(reachableOutcomes(messaging, { pattern: 'work-queue', ordering: 'any-order' })).toEqual(new Set(['sqs-standard']));
    expect(reachableOutcomes(messaging, { pattern: 'work-queue' })).toEqual(new Set(['sqs-standard', 'sqs-fifo', 'kinesis-data-streams']));
  });

  it('reports no conflict for the outcome the answers already reach, and none for an unknown outcome', () => {
    expect(conflictsWith(messaging, ledger.answers, 'sqs-fifo')).toEqual([]);
    expect(conflictsWith(messaging, ledger.answers, 'nope')).toBeUndefined();
  });

  it('explains every wrong pick of every scenario with at least one ruling answer', () => {
    for (const s of bank.scenarios) {
      const g = guide(s.guide);
      for (const o of g.outcomes.filter((o) => o.id !== s.expected)) {
        const why = explainAlternative(g, s, o.id);
        expect(why.ruledOutBy.length, `${s.id} vs ${o.id}`).toBeGreaterThan(0);
        expect(why.whyNot.length, `${s.id} vs ${o.id}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('choosing the next scenario', () => {
  const list = bank.scenarios.filter((s) => s.guide === 'disaster-recovery');
  const ids = list.map((s) => s.id);

  it('starts with the first never tried, and moves on past tried ones', () => {
    expect(nextScenario(list, null, new Set())!.id).toBe(ids[0]);
    expect(nextScenario(list, null, new Set(ids.slice(0, 2)))!.id).toBe(ids[2]);
    expect(nextScenario(list, ids[0]!, new Set([ids[0]!, ids[1]!]))!.id).toBe(ids[2]);
  });

  it('wraps around, and once all are tried simply takes the next one', () => {
    expect(nextScenario(list, ids.at(-1)!, new Set([ids.at(-1)!]))!.id).toBe(ids[0]);
    expect(nextScenario(list, ids[3]!, new Set(ids))!.id).toBe(ids[4]);
    expect(nextScenario([], null, new Set())).toBeUndefined();
  });
});

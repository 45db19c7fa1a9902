import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { compileGuide } from '../../src/core/guide/compile';
import { decide } from '../../src/core/guide/decide';
import { lintChecks } from '../../src/core/guide/lint-checks';
import type { Guide } from '../../src/core/guide/schema';
import { currentStep } from '../../src/core/guide/snapshot';
import { loadGuide } from '../helpers/guides';

const commitment = loadGuide('commitment');
const toFloor = { shape: 'always-on', interruptible: 'no', usageHistory: 'measured', term: 'one-year', baselineUsd: 40 };

function machineAt(guide: Guide, answers: Record<string, string | number>) {
  const actor = createActor(compileGuide(guide)).start();
  for (const value of Object.values(answers)) actor.send({ type: 'ANSWER', value });
  return actor;
}
const questionOf = (guide: Guide, actor: ReturnType<typeof machineAt>) => {
  const step = currentStep(guide, actor.getSnapshot());
  return step.kind === 'question' ? step.question.id : `outcome:${step.outcome.id}`;
};

/** The commitment guide with one more check on a question, for the linter. */
function withCheck(question: string, check: Guide['questions'][number]['checks'][number]): Guide {
  const copy = structuredClone(commitment);
  copy.questions.find((q) => q.id === question)!.checks.push(check);
  return copy;
}

describe('cross-answer checks in the machine', () => {
  it('refuses a peak below the floor, stays on the question and puts the filled message in the snapshot', () => {
    const actor = machineAt(commitment, toFloor);
    expect(questionOf(commitment, actor)).toBe('peakUsd');
    actor.send({ type: 'ANSWER', value: 30 });
    const { context } = actor.getSnapshot();
    expect(questionOf(commitment, actor)).toBe('peakUsd');
    expect(context.history).not.toContain('peakUsd');
    expect(context.refusal).toMatchObject({ question: 'peakUsd', value: 30 });
    expect(context.refusal?.message).toMatch(/^The peak of 30 USD\/hour is below the floor of 40 USD\/hour/);
  });

  it('accepts a peak equal to the floor and forgets the refusal', () => {
    const actor = machineAt(commitment, toFloor);
    actor.send({ type: 'ANSWER', value: 30 });
    actor.send({ type: 'ANSWER', value: 40 });
    expect(questionOf(commitment, actor)).toBe('spDiscount');
    expect(actor.getSnapshot().context.refusal).toBeUndefined();
  });

  it('drops the refusal when the user goes back to change the floor', () => {
    const actor = machineAt(commitment, toFloor);
    actor.send({ type: 'ANSWER', value: 30 });
    actor.send({ type: 'BACK' });
    expect(questionOf(commitment, actor)).toBe('baselineUsd');
    expect(actor.getSnapshot().context.refusal).toBeUndefined();
  });

  it('decide() stops with an error naming the question and the rule, as the CLI reports it', () => {
    const decision = decide(commitment, { ...toFloor, peakUsd: 30 });
    expect(decision.status).toBe('error');
    expect(decision.status === 'error' && decision.message).toMatch(/^peakUsd is refused: The peak of 30 USD\/hour/);
    expect(decision.answers.peakUsd).toBeUndefined();
  });

  it('the workflow guide refuses a typical run longer than the longest run', () => {
    const workflow = loadGuide('workflow');
    const answers = { flowKind: 'one-job', longestMinutes: 1, executionsPerMonth: 1000, stepsPerExecution: 8 };
    expect(decide(workflow, { ...answers, typicalSeconds: 61 })).toMatchObject({ status: 'error', message: expect.stringMatching(/^typicalSeconds is refused: A typical run of 61 seconds is longer than the longest run of 1 minute/) });
    expect(decide(workflow, { ...answers, typicalSeconds: 60 }).status).toBe('pending');
  });
});

describe('cross-answer check linter', () => {
  it('finds nothing wrong with the committed checks', () => {
    expect(lintChecks(commitment, 'commitment.json')).toEqual([]);
  });

  it.each([
    ['a later question', 'baselineUsd', { formula: 'baselineUsd', above: 'peakUsd' }, 'check reads peakUsd, which is not answered on every way to baselineUsd'],
    ['an unknown question', 'peakUsd', { formula: 'peakUsd', below: 'floorUsd' }, 'check names unknown question "floorUsd"'],
    ['a choice question in a formula', 'peakUsd', { formula: 'peakUsd', below: 'term' }, 'term is a choice question'],
    ['a formula that does not parse', 'peakUsd', { formula: 'peakUsd', below: 'baselineUsd *' }, 'expected a value but found the end'],
    ['a band no question has', 'peakUsd', { all: [{ q: 'term', is: 'five-year' }, { formula: 'peakUsd', below: '1' }] }, '"five-year" is not a choice of term'],
    ['no reading of the refused answer', 'peakUsd', { q: 'term', is: 'one-year' }, 'the check never reads peakUsd'],
  ])('reports a check on %s', (_name, question, when, expected) => {
    const problems = lintChecks(withCheck(question, { when: when as never, message: 'Contradiction.' }), 'commitment.json');
    expect(problems.map((p) => `${p.path}: ${p.message}`).join('\n')).toContain(expected);
  });

  it('reports a check reading a question that some way to it skips', () => {
    const guide = withCheck('baselineUsd', { when: { all: [{ q: 'usageHistory', is: 'measured' }, { formula: 'baselineUsd', above: '1000' }] }, message: 'x' });
    // Jobs now go straight to the term, skipping usageHistory.
    guide.questions.find((q) => q.id === 'interruptible')!.next = [{ when: { q: 'shape', is: 'jobs' }, to: 'term' }, { to: 'usageHistory' }];
    expect(lintChecks(guide, 'commitment.json').map((p) => p.message)).toEqual([
      'check reads usageHistory, which is not answered on every way to baselineUsd (a later or skipped question); a check may read only earlier answers',
    ]);
  });

  it('reports a message citing an answer the check cannot rely on', () => {
    const problems = lintChecks(withCheck('peakUsd', { when: { formula: 'peakUsd', below: 'baselineUsd' }, message: 'Over {spDiscount}.' }), 'commitment.json');
    expect(problems.map((p) => p.message)).toEqual(['message cites {spDiscount}, which is not answered on every way to peakUsd']);
  });

  it('counts as earlier only what every way to the question answers', () => {
    const shape = { when: { all: [{ q: 'shape', is: 'jobs' }, { q: 'usageHistory', is: 'new' }] }, message: 'x' } as const;
    // usageHistory is asked after shape on every path, so a check on usageHistory may read shape.
    expect(lintChecks(withCheck('usageHistory', shape as never), 'commitment.json')).toEqual([]);
  });
});

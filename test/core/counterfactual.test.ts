import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { answerClass, questionById } from '../../src/core/guide/answers';
import { compileGuide } from '../../src/core/guide/compile';
import { whatWouldLeadTo, type AnswerChange } from '../../src/core/guide/counterfactual';
import { decide } from '../../src/core/guide/decide';
import { enumeratePaths, routingQuestions, type GuidePath } from '../../src/core/guide/enumerate';
import type { AnswerValue, Answers, Guide } from '../../src/core/guide/schema';
import { currentStep } from '../../src/core/guide/snapshot';
import { loadFixture } from '../helpers/fixtures';
import { loadGuide } from '../helpers/guides';

const GUIDES = ['compute', 'database', 'disaster-recovery', 'messaging', 'vpc-connectivity'];

/** Drive the compiled machine with the answers, in the order it asks, and read where it stops. */
function machineOutcome(guide: Guide, machine: ReturnType<typeof compileGuide>, answers: Answers): string | undefined {
  const actor = createActor(machine).start();
  for (let i = 0; i <= guide.questions.length; i++) {
    const step = currentStep(guide, actor.getSnapshot());
    if (step.kind === 'outcome') return step.outcome.id;
    const value = answers[step.question.id];
    if (value === undefined) return undefined;
    actor.send({ type: 'ANSWER', value });
  }
  return undefined;
}

/** No change sets an answer to the class it already had: each one is a real change. */
function expectRealChanges(guide: Guide, changes: AnswerChange[]) {
  for (const c of changes) {
    if (c.from === undefined) continue;
    const q = questionById(guide, c.question)!;
    expect(answerClass(q, c.from), `${c.question} changes class`).not.toBe(answerClass(q, c.to));
  }
}

describe('whatWouldLeadTo: every (path, other outcome) pair of every guide', () => {
  const counts: Record<string, number> = {};
  it.each(GUIDES)('%s: applying the suggested changes reaches the outcome, in decide() and in the machine', (id) => {
    const guide = loadGuide(id);
    const machine = compileGuide(guide);
    const { paths, truncated } = enumeratePaths(guide);
    expect(truncated).toBe(false);
    let pairs = 0;
    for (const path of paths) {
      for (const target of guide.outcomes.map((o) => o.id).filter((o) => o !== path.outcome)) {
        const result = whatWouldLeadTo(guide, path.answers, target);
        if (!result.ok) throw new Error(`${id}: no way from ${JSON.stringify(path.answers)} to ${target}: ${result.message}`);
        const applied: Answers = { ...path.answers };
        result.changes.forEach((c) => (applied[c.question] = c.to));
        expect(decide(guide, applied)).toMatchObject({ status: 'outcome', outcome: target });
        expect(machineOutcome(guide, machine, applied)).toBe(target);
        expect(result.changes.length).toBeGreaterThan(0);
        expectRealChanges(guide, result.changes);
        pairs++;
      }
    }
    counts[id] = pairs;
    expect(pairs).toBe(paths.length * (guide.outcomes.length - 1));
  });

  it('checked every pair (3,809 over the five guides when written)', () => {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(3_000);
  });
});

/** The brute-force fewest changes to reach `target`: the cheapest of all enumerated paths there. */
function bruteForceMinimum(guide: Guide, paths: GuidePath[], answers: Answers, target: string): number {
  const routing = routingQuestions(guide);
  let best = Number.POSITIVE_INFINITY;
  for (const p of paths.filter((x) => x.outcome === target)) {
    const cost = p.steps.filter(({ question }) => {
      const given = answers[question];
      if (given === undefined) return true;
      if (!routing.has(question)) return false;
      const q = questionById(guide, question)!;
      return answerClass(q, given) !== answerClass(q, p.answers[question]!);
    }).length;
    best = Math.min(best, cost);
  }
  return best;
}

function subsets<T>(items: T[]): T[][] {
  return items.reduce<T[][]>((acc, item) => acc.flatMap((s) => [s, [...s, item]]), [[]]);
}

describe.each([
  ['tiny fixture', () => loadFixture('tiny.json')],
  ['messaging', () => loadGuide('messaging')],
])('whatWouldLeadTo is minimal (%s, brute force)', (_name, load) => {
  const guide = load();
  const { paths } = enumeratePaths(guide);

  it('no strict subset of the changes reaches the outcome, and no path there needs fewer', () => {
    let checked = 0;
    for (const path of paths) {
      for (const target of guide.outcomes.map((o) => o.id).filter((o) => o !== path.outcome)) {
        const result = whatWouldLeadTo(guide, path.answers, target);
        if (!result.ok) throw new Error(result.message);
        expect(result.changes.length).toBe(bruteForceMinimum(guide, paths, path.answers, target));
        for (const subset of subsets(result.changes).filter((s) => s.length < result.changes.length)) {
          const applied: Answers = { ...path.answers };
          subset.forEach((c) => (applied[c.question] = c.to));
          const d = decide(guide, applied);
          expect(d.status === 'outcome' && d.outcome === target, `subset ${JSON.stringify(subset)}`).toBe(false);
        }
        checked++;
      }
    }
    expect(checked).toBe(paths.length * (guide.outcomes.length - 1));
  });
});

describe('whatWouldLeadTo on arbitrary answers (fast-check)', () => {
  /** Any valid answer to every question: whole choices, and numbers anywhere in range. */
  const answersFor = (guide: Guide): fc.Arbitrary<Answers> => {
    const fields: Record<string, fc.Arbitrary<AnswerValue>> = Object.fromEntries(guide.questions.map((q) => [
      q.id,
      q.kind === 'choice'
        ? fc.constantFrom<AnswerValue>(...q.choices.map((c) => c.value))
        : q.integer
          ? fc.integer({ min: Math.ceil(q.min), max: Math.floor(Math.min(q.max, 1e6)) })
          : fc.double({ min: q.min, max: Math.min(q.max, 1e6), noNaN: true }),
    ]));
    return fc.record(fields);
  };

  it.each(['disaster-recovery', 'messaging', 'vpc-connectivity'])('%s: reaches the outcome, keeps every kept answer exactly, as few changes as brute force', (id) => {
    const guide = loadGuide(id);
    const { paths } = enumeratePaths(guide);
    fc.assert(
      fc.property(answersFor(guide), fc.constantFrom(...guide.outcomes.map((o) => o.id)), (given, target) => {
        const before = decide(guide, given);
        const result = whatWouldLeadTo(guide, before.answers, target);
        if (!result.ok) return false;
        const after = decide(guide, result.answers);
        const changed = new Set(result.changes.map((c) => c.question));
        const keptExactly = Object.entries(after.answers).every(([q, v]) => changed.has(q) || before.answers[q] === v);
        return after.status === 'outcome' && after.outcome === target && keptExactly
          && result.changes.length === bruteForceMinimum(guide, paths, before.answers, target);
      }),
      { numRuns: 300, seed: 20_240_605 },
    );
  });
});

describe('whatWouldLeadTo edge cases', () => {
  const tiny = loadFixture('tiny.json');

  it('needs no change to reach the outcome already reached', () => {
    const result = whatWouldLeadTo(tiny, { pattern: 'work-queue', rate: 10 }, 'fifo');
    expect(result).toMatchObject({ ok: true, changes: [] });
  });

  it('keeps a number in its band exactly and picks a band sample for a changed one', () => {
    const result = whatWouldLeadTo(tiny, { pattern: 'work-queue', rate: 10 }, 'stream');
    expect(result).toMatchObject({ ok: true, changes: [{ question: 'rate', from: 10, to: 3001 }] });
  });

  it('asks for answers the new path needs, with no "from"', () => {
    const result = whatWouldLeadTo(tiny, { pattern: 'fan-out' }, 'fifo');
    expect(result).toMatchObject({ ok: true, changes: [{ question: 'pattern', from: 'fan-out', to: 'work-queue' }, { question: 'rate', to: 0 }] });
    expect(result.ok && 'from' in result.changes[1]!).toBe(false);
  });

  it('says so when no answers reach the outcome', () => {
    const cut: Guide = structuredClone(tiny);
    cut.questions[1]!.next = [{ to: 'outcome:fifo' }];
    const result = whatWouldLeadTo(cut, { pattern: 'work-queue', rate: 10 }, 'stream');
    expect(result).toEqual({ ok: false, outcome: 'stream', message: 'No set of answers leads to “Stream” in this guide.' });
    expect(whatWouldLeadTo(tiny, {}, 'nope')).toMatchObject({ ok: false, message: 'This guide has no outcome "nope".' });
  });

  it('replaces an invalid given answer instead of keeping it', () => {
    const result = whatWouldLeadTo(tiny, { pattern: 'work-queue', rate: -5 }, 'fifo');
    expect(result).toMatchObject({ ok: true, changes: [{ question: 'rate', from: -5, to: 0 }] });
  });
});

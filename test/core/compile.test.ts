import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { compileGuide } from '../../src/core/guide/compile';
import { currentStep } from '../../src/core/guide/snapshot';
import { loadFixture } from '../helpers/fixtures';
import { machinePaths } from '../helpers/machine-paths';

const guide = loadFixture('tiny.json');
const start = () => createActor(compileGuide(guide)).start();
const stepId = (actor: ReturnType<typeof start>) => {
  const step = currentStep(guide, actor.getSnapshot());
  return step.kind === 'question' ? step.question.id : `outcome:${step.outcome.id}`;
};

describe('compiled guide machine', () => {
  it('starts on the first question with progress counted from one', () => {
    const step = currentStep(guide, start().getSnapshot());
    expect(step).toMatchObject({ kind: 'question', number: 1, atMostLeft: 2 });
  });

  it('follows the first matching rule, comparing numbers through their bands', () => {
    const actor = start();
    actor.send({ type: 'ANSWER', value: 'work-queue' });
    expect(stepId(actor)).toBe('rate');
    actor.send({ type: 'ANSWER', value: 3000 });
    expect(stepId(actor)).toBe('outcome:fifo');
    expect(actor.getSnapshot().hasTag('outcome')).toBe(true);
  });

  it('puts 3,001 in the next band', () => {
    const actor = start();
    actor.send({ type: 'ANSWER', value: 'work-queue' });
    actor.send({ type: 'ANSWER', value: 3001 });
    expect(stepId(actor)).toBe('outcome:stream');
  });

  it('refuses invalid answers without moving', () => {
    const actor = start();
    actor.send({ type: 'ANSWER', value: 'nonsense' });
    expect(stepId(actor)).toBe('pattern');
    actor.send({ type: 'ANSWER', value: 'work-queue' });
    for (const bad of [-1, 2.5, 2_000_000, Number.NaN]) {
      expect(actor.getSnapshot().can({ type: 'ANSWER', value: bad })).toBe(false);
      actor.send({ type: 'ANSWER', value: bad });
      expect(stepId(actor)).toBe('rate');
    }
  });

  it('BACK from an outcome returns to the last question, keeping earlier answers and remembering the undone one', () => {
    const actor = start();
    actor.send({ type: 'ANSWER', value: 'work-queue' });
    actor.send({ type: 'ANSWER', value: 42 });
    actor.send({ type: 'BACK' });
    expect(stepId(actor)).toBe('rate');
    const { context } = actor.getSnapshot();
    expect(context.answers).toEqual({ pattern: 'work-queue' });
    expect(context.remembered).toEqual({ pattern: 'work-queue', rate: 42 });
    actor.send({ type: 'BACK' });
    expect(stepId(actor)).toBe('pattern');
    expect(actor.getSnapshot().can({ type: 'BACK' })).toBe(false);
  });

  it('a changed answer after BACK takes the new branch and forgets the stale path', () => {
    const actor = start();
    actor.send({ type: 'ANSWER', value: 'work-queue' });
    actor.send({ type: 'BACK' });
    actor.send({ type: 'ANSWER', value: 'fan-out' });
    expect(stepId(actor)).toBe('outcome:topic');
    expect(actor.getSnapshot().context.answers).toEqual({ pattern: 'fan-out' });
    expect(actor.getSnapshot().context.path).toEqual([{ question: 'pattern', rule: 1 }]);
  });

  it('RESTART clears everything from any state', () => {
    const actor = start();
    actor.send({ type: 'ANSWER', value: 'fan-out' });
    actor.send({ type: 'RESTART' });
    expect(stepId(actor)).toBe('pattern');
    expect(actor.getSnapshot().context).toEqual({ answers: {}, remembered: {}, history: [], path: [] });
  });

  it('every path found by XState graph traversal ends in an outcome, and reaches all of them', () => {
    const paths = machinePaths(guide);
    expect(paths.every((p) => p.outcome !== undefined)).toBe(true);
    expect(new Set(paths.map((p) => p.outcome))).toEqual(new Set(['fifo', 'stream', 'topic']));
  });
});

import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { compileGuide } from '../../src/core/guide/compile';
import { restoreRun, runFromSnapshot, sameRun } from '../../src/core/session/resume';
import type { Run } from '../../src/core/session/schema';
import { guides, runArb, walk } from './session-arbitraries';

const messaging = guides.find((g) => g.id === 'messaging')!;

/** A fresh actor of a fresh machine, started from the restored snapshot: what the wizard does. */
function resume(run: Run) {
  const guide = guides.find((g) => g.id === run.guide)!;
  const restored = restoreRun(guide, run);
  const actor = createActor(compileGuide(guide), { snapshot: restored.snapshot }).start();
  return { guide, restored, actor };
}

describe('resuming a saved run', () => {
  it('puts the machine back at the same question, with the same answers, prefills and Back history', () => {
    // answer two, go back one, so the second answer is remembered but not on the path
    const run = walk(messaging, [0, 0, -1]);
    expect(run.history).toEqual(['pattern']);
    expect(run.remembered).toEqual({ pattern: 'work-queue', consumerCompute: 'lambda' });
    const { restored, actor, guide } = resume(run);
    expect(restored.exact).toBe(true);
    expect(sameRun(runFromSnapshot(guide, actor.getSnapshot()), run)).toBe(true);
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().context.history).toEqual([]);
  });

  it('every reachable run resumes exactly (1,000 runs)', () => {
    fc.assert(
      fc.property(runArb, (run) => {
        const { restored, actor, guide } = resume(run);
        expect(restored.exact).toBe(true);
        expect(runFromSnapshot(guide, actor.getSnapshot())).toEqual(run);
        actor.stop();
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('a run the guide no longer allows stops at the first answer that does not apply', () => {
    const run = walk(messaging, [0, 0]);
    const edited: Run = { ...run, answers: { ...run.answers, consumerCompute: 'carrier-pigeon' } };
    const { restored, actor, guide } = resume(edited);
    expect(restored).toMatchObject({ exact: false, stoppedAt: 'consumerCompute' });
    expect(runFromSnapshot(guide, actor.getSnapshot()).position).toEqual({ kind: 'question', question: 'consumerCompute' });
    expect(actor.getSnapshot().context.history).toEqual(['pattern']);
  });

  it('a run whose history skips a question does not resume exactly', () => {
    const run = walk(messaging, [0, 0]);
    expect(restoreRun(messaging, { ...run, history: ['consumerCompute'] })).toMatchObject({ exact: false, stoppedAt: 'pattern' });
  });
});

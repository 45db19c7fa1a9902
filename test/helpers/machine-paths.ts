import { getShortestPaths } from '@xstate/graph';
import { compileGuide, type GuideContext } from '../../src/core/guide/compile';
import { walkSamples } from '../../src/core/guide/enumerate';
import type { Guide } from '../../src/core/guide/schema';
import { currentStep } from '../../src/core/guide/snapshot';

export type MachinePath = { outcome: string | undefined; context: GuideContext };

/**
 * Every path of the compiled machine (each snapshot carries its history, so the shortest path
 * to it is its only one), driven only by ANSWER events with one value per
 * answer class of each question that steers the guide: XState's own graph walk, independent
 * of the linter's enumeration.
 */
export function machinePaths(guide: Guide): MachinePath[] {
  const machine = compileGuide(guide);
  const samples = walkSamples(guide);
  const paths = getShortestPaths(machine, {
    events: (snapshot) => {
      const step = currentStep(guide, snapshot);
      if (step.kind !== 'question') return [];
      return (samples.get(step.question.id) ?? []).map((s) => ({ type: 'ANSWER' as const, value: s.value }));
    },
    toState: (snapshot) => snapshot.hasTag('outcome'),
  });
  return paths.map((p) => {
    const step = currentStep(guide, p.state);
    return { outcome: step.kind === 'outcome' ? step.outcome.id : undefined, context: p.state.context };
  });
}

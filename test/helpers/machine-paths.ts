import { getSimplePaths } from '@xstate/graph';
import { compileGuide, type GuideContext } from '../../src/core/guide/compile';
import { sampleAnswers } from '../../src/core/guide/enumerate';
import type { Guide } from '../../src/core/guide/schema';
import { currentStep } from '../../src/core/guide/snapshot';

export type MachinePath = { outcome: string | undefined; context: GuideContext };

/**
 * Every simple path of the compiled machine, driven only by ANSWER events with one value
 * per answer class: XState's own graph walk, independent of the linter's enumeration.
 */
export function machinePaths(guide: Guide): MachinePath[] {
  const machine = compileGuide(guide);
  const paths = getSimplePaths(machine, {
    events: (snapshot) => {
      const step = currentStep(guide, snapshot);
      if (step.kind !== 'question') return [];
      return sampleAnswers(step.question).map((s) => ({ type: 'ANSWER' as const, value: s.value }));
    },
    toState: (snapshot) => snapshot.hasTag('outcome'),
  });
  return paths.map((p) => {
    const step = currentStep(guide, p.state);
    return { outcome: step.kind === 'outcome' ? step.outcome.id : undefined, context: p.state.context };
  });
}

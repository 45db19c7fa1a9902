import { questionById } from './answers';
import type { GuideContext } from './compile';
import { OUTCOME_STATE_PREFIX } from './compile';
import { longestRemaining } from './graph';
import type { Guide, Outcome, Question } from './schema';

/** The parts of an XState snapshot the views read; keeps UI code free of state-value shapes. */
export type GuideSnapshotLike = { value: unknown; context: GuideContext };

export type CurrentStep =
  | { kind: 'question'; question: Question; number: number; atMostLeft: number }
  | { kind: 'outcome'; outcome: Outcome };

export function currentStep(guide: Guide, snapshot: GuideSnapshotLike): CurrentStep {
  const value = snapshot.value as { guide?: string } | string;
  const key = typeof value === 'string' ? value : (value.guide ?? guide.start);
  if (key.startsWith(OUTCOME_STATE_PREFIX)) {
    const id = key.slice(OUTCOME_STATE_PREFIX.length);
    const outcome = guide.outcomes.find((o) => o.id === id);
    if (outcome) return { kind: 'outcome', outcome };
  }
  const question = questionById(guide, key) ?? questionById(guide, guide.start)!;
  return {
    kind: 'question',
    question,
    number: snapshot.context.history.length + 1,
    atMostLeft: longestRemaining(guide, question.id),
  };
}

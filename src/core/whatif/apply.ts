import { decide, type Decision } from '../guide/decide';
import type { AnswerChange } from '../guide/counterfactual';
import type { AnswerValue, Answers, Guide } from '../guide/schema';
import type { Decided } from '../recommendation/build';

/**
 * Where a guide goes if one answer changes. decide() walks the rules afresh, so answers to
 * questions the new path no longer asks fall away (the decision's `answers` hold only the
 * path's), and an invalid value comes back as an error decision naming the problem.
 */
export function applyAnswerChange(guide: Guide, answers: Answers, question: string, value: AnswerValue): Decision {
  return decide(guide, { ...answers, [question]: value });
}

/** Several changes at once, e.g. the ones whatWouldLeadTo suggests. */
export function applyAnswerChanges(guide: Guide, answers: Answers, changes: Pick<AnswerChange, 'question' | 'to'>[]): Decision {
  const next = { ...answers };
  for (const c of changes) next[c.question] = c.to;
  return decide(guide, next);
}

/** Questions answered before that the new decision no longer asks. */
export function droppedAnswers(before: Answers, after: Decision): string[] {
  return Object.keys(before).filter((q) => after.answers[q] === undefined);
}

/** A finished recommendation as the decision it is, so before and after compare alike. */
export const decisionOf = (decided: Decided): Decision => ({ status: 'outcome', ...decided });

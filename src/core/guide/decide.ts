import { checkAnswer } from './answers';
import { refusalOf, refusalText } from './checks';
import { holds } from './conditions';
import type { Answers, Guide } from './schema';
import { parseTarget } from './targets';

export type Step = { question: string; rule: number };

export type Decision =
  | { status: 'outcome'; outcome: string; path: Step[]; answers: Answers }
  | { status: 'pending'; question: string; path: Step[]; answers: Answers }
  /** `question`: where the walk stopped (its answer is invalid or refused, or no rule matches); absent when the guide itself is broken. */
  | { status: 'error'; message: string; question?: string; path: Step[]; answers: Answers };

/**
 * Walk a guide with a set of answers, the same rules (and cross-answer checks) the compiled machine uses. Answers for
 * questions off the path are ignored; the returned answers hold only those on the path.
 */
export function decide(guide: Guide, given: Answers): Decision {
  const path: Step[] = [];
  const answers: Answers = {};
  let current = guide.start;
  for (let guard = 0; guard <= guide.questions.length; guard++) {
    const question = guide.questions.find((q) => q.id === current);
    if (!question) return { status: 'error', message: `guide ${guide.id} has no question "${current}"`, path, answers };
    if (given[current] === undefined) return { status: 'pending', question: current, path, answers };
    const checked = checkAnswer(question, given[current]);
    if (!checked.ok) return { status: 'error', message: checked.message, question: current, path, answers };
    answers[current] = checked.value;
    const refusal = refusalOf(guide, current, answers);
    if (refusal) {
      delete answers[current];
      return { status: 'error', message: refusalText(refusal), question: current, path, answers };
    }
    const rule = question.next.findIndex((t) => holds(guide, t.when, answers));
    if (rule < 0) return { status: 'error', message: `no rule of ${current} matches these answers`, question: current, path, answers };
    path.push({ question: current, rule });
    const target = parseTarget(question.next[rule]!.to);
    if (target.kind === 'outcome') return { status: 'outcome', outcome: target.id, path, answers };
    current = target.id;
  }
  return { status: 'error', message: `guide ${guide.id} loops`, path, answers };
}

import { formatAnswer, questionById } from '../guide/answers';
import { conditionRefs } from '../guide/conditions';
import type { Step } from '../guide/decide';
import type { Answers, Condition, Guide } from '../guide/schema';

export type CitedAnswer = { question: string; prompt: string; answer: string };

export function cite(guide: Guide, answers: Answers, ids: string[]): CitedAnswer[] {
  return ids.flatMap((id) => {
    const q = questionById(guide, id);
    const value = answers[id];
    return q && value !== undefined ? [{ question: id, prompt: q.prompt, answer: formatAnswer(q, value) }] : [];
  });
}

/** The answers whose conditions steered the path: what decided the outcome. */
export function decidingQuestions(guide: Guide, path: Step[]): string[] {
  const ids: string[] = [];
  for (const step of path) {
    const when = questionById(guide, step.question)?.next[step.rule]?.when;
    conditionRefs(when, ids);
  }
  return ids;
}

export function conditionQuestions(when: Condition | undefined): string[] {
  return conditionRefs(when);
}

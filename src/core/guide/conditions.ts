import { answerClass } from './answers';
import type { Answers, Condition, Guide } from './schema';

/** Evaluate a condition against answers; a question not answered makes its test false. */
export function holds(guide: Guide, condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) return true;
  if ('all' in condition) return condition.all.every((c) => holds(guide, c, answers));
  if ('any' in condition) return condition.any.some((c) => holds(guide, c, answers));
  if ('not' in condition) return !holds(guide, condition.not, answers);
  const question = guide.questions.find((q) => q.id === condition.q);
  const value = answers[condition.q];
  if (!question || value === undefined) return false;
  const cls = answerClass(question, value);
  return 'is' in condition ? cls === condition.is : condition.in.includes(cls);
}

/** Question ids a condition reads, in order of first mention. */
export function conditionRefs(condition: Condition | undefined, into: string[] = []): string[] {
  if (!condition) return into;
  if ('all' in condition) condition.all.forEach((c) => conditionRefs(c, into));
  else if ('any' in condition) condition.any.forEach((c) => conditionRefs(c, into));
  else if ('not' in condition) conditionRefs(condition.not, into);
  else if (!into.includes(condition.q)) into.push(condition.q);
  return into;
}

/** Every (question, value) pair a condition names, for checking the values exist. */
export function conditionTests(condition: Condition | undefined, path = ''): { q: string; values: string[]; path: string }[] {
  if (!condition) return [];
  if ('all' in condition) return condition.all.flatMap((c, i) => conditionTests(c, `${path}.all[${i}]`));
  if ('any' in condition) return condition.any.flatMap((c, i) => conditionTests(c, `${path}.any[${i}]`));
  if ('not' in condition) return conditionTests(condition.not, `${path}.not`);
  return [{ q: condition.q, values: 'is' in condition ? [condition.is] : condition.in, path }];
}

import { fillTemplate, questionById } from './answers';
import type { AnswerCheckRule, CheckCondition, Comparison } from './check-schema';
import { holds } from './conditions';
import { evaluate, formulaRefs, parseFormula } from './formula';
import type { Answers, Guide, Question } from './schema';

/** An answer a question's check refused: which check, the rule in words, and the filled message. */
export type Refusal = { question: string; check: number; rule: string; message: string };

const isComparison = (c: CheckCondition): c is Comparison => 'formula' in c;
const otherSide = (c: Comparison): string => ('below' in c ? c.below : c.above);

/**
 * Whether a check's condition holds. A comparison whose formulas read a question without a
 * number answer does not hold (as a condition on an unanswered question does not), so a check
 * never refuses on what the user has not said.
 */
export function checkHolds(guide: Guide, condition: CheckCondition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => checkHolds(guide, c, answers));
  if ('any' in condition) return condition.any.some((c) => checkHolds(guide, c, answers));
  if ('not' in condition) return !checkHolds(guide, condition.not, answers);
  if (!isComparison(condition)) return holds(guide, condition, answers);
  const left = parseFormula(condition.formula);
  const right = parseFormula(otherSide(condition));
  const vars: Record<string, number> = {};
  for (const ref of [...formulaRefs(left), ...formulaRefs(right)]) {
    const value = answers[ref];
    if (typeof value !== 'number') return false;
    vars[ref] = value;
  }
  const l = evaluate(left, vars);
  const r = evaluate(right, vars);
  return 'below' in condition ? l < r : l > r;
}

/** Question ids a check's condition reads, in order of first mention. */
export function checkRefs(condition: CheckCondition, into: string[] = []): string[] {
  if ('all' in condition) condition.all.forEach((c) => checkRefs(c, into));
  else if ('any' in condition) condition.any.forEach((c) => checkRefs(c, into));
  else if ('not' in condition) checkRefs(condition.not, into);
  else if (isComparison(condition)) {
    for (const ref of [...formulaRefs(parseFormula(condition.formula)), ...formulaRefs(parseFormula(otherSide(condition)))]) {
      if (!into.includes(ref)) into.push(ref);
    }
  } else if (!into.includes(condition.q)) into.push(condition.q);
  return into;
}

/** The condition in the words of the file: "peakUsd below baselineUsd", "term is three-year". */
export function describeCheck(condition: CheckCondition): string {
  if ('all' in condition) return condition.all.map(describeCheck).join(' and ');
  if ('any' in condition) return `(${condition.any.map(describeCheck).join(' or ')})`;
  if ('not' in condition) return `not ${describeCheck(condition.not)}`;
  if (isComparison(condition)) return `${condition.formula} ${'below' in condition ? 'below' : 'above'} ${otherSide(condition)}`;
  return 'is' in condition ? `${condition.q} is ${condition.is}` : `${condition.q} in ${condition.in.join('|')}`;
}

const checksOf = (question: Question | undefined): AnswerCheckRule[] => question?.checks ?? [];

/**
 * The first of a question's checks that refuses its answer in `answers` (which holds the
 * answers on the path so far and this one), or undefined when every check passes.
 */
export function refusalOf(guide: Guide, questionId: string, answers: Answers): Refusal | undefined {
  const checks = checksOf(questionById(guide, questionId));
  const index = checks.findIndex((c) => checkHolds(guide, c.when, answers));
  if (index < 0) return undefined;
  const check = checks[index]!;
  return { question: questionId, check: index, rule: describeCheck(check.when), message: fillTemplate(guide, check.message, answers) };
}

/**
 * One line for the CLI and decide(): the question id the user typed and the guide's message
 * (the rule itself, r.rule, is for authors and the lint, not for the person answering).
 */
export const refusalText = (r: Refusal): string => `${r.question} is refused: ${r.message}`;

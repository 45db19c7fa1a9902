import { formatAnswer, formatNumber, unitFor } from './answers';
import type { AnswerValue, NumberQuestion, Question } from './schema';

/*
 * The words of a computed why-not: how an answer is quoted and how a set of answer classes
 * (choices, or number bands) reads as a requirement. Numbers are stated as thresholds taken
 * from the question's band cut points, so "at most 15 minutes" follows the data.
 */

const amount = (question: NumberQuestion, n: number) => `${formatNumber(n)} ${unitFor(n, question.unit)}`;

/** Bounds of the contiguous bands first..last, e.g. "at most 15 minutes", "1 to 5 replicas". */
function bandRange(question: NumberQuestion, first: number, last: number): string {
  const lower = first === 0 ? undefined : question.bands[first - 1]!.below;
  const upper = question.bands[last]!.below;
  // Bands are [lower, below); for whole numbers the largest value inside is below - 1.
  const wholeUpper = upper !== undefined && question.integer && Number.isInteger(upper);
  if (lower === undefined && upper === undefined) return 'any value';
  if (lower === undefined) return wholeUpper ? `at most ${amount(question, upper! - 1)}` : `under ${amount(question, upper!)}`;
  if (upper === undefined) {
    return question.integer && Number.isInteger(lower) ? `more than ${amount(question, lower - 1)}` : `at least ${amount(question, lower)}`;
  }
  if (wholeUpper) return lower === upper - 1 ? amount(question, lower) : `${formatNumber(lower)} to ${amount(question, upper - 1)}`;
  return `${formatNumber(lower)} to under ${amount(question, upper)}`;
}

const joinOr = (parts: string[]) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`);
export const joinAnd = (parts: string[]) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`);

/**
 * What a set of answer classes asks for: quoted choice labels ("“Yes, we can run instances”")
 * or, for numbers, the threshold the band edges give ("at most 15 minutes"); several runs of
 * bands are joined with "or".
 */
export function describeClasses(question: Question, classes: ReadonlySet<string>): string {
  if (question.kind === 'choice') {
    return joinOr(question.choices.filter((c) => classes.has(c.value)).map((c) => `“${c.label}”`));
  }
  const runs: [number, number][] = [];
  question.bands.forEach((band, i) => {
    if (!classes.has(band.id)) return;
    const last = runs.at(-1);
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  });
  return joinOr(runs.map(([a, b]) => bandRange(question, a, b)));
}

/** An answer as the user gave it, inside a sentence: a choice label quoted, a number with its unit. */
export function quoteAnswer(question: Question, value: AnswerValue): string {
  const text = formatAnswer(question, value);
  return question.kind === 'choice' ? `“${text}”` : text;
}

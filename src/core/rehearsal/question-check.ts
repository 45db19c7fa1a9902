import type { RatingName } from './progress';
import type { InterviewQuestion, KeyPoint } from './question-schema';

/*
 * Answer, then check: pure functions behind the question practice. The keyword hint only
 * suggests; the candidate's own ticks are what score.
 */

/** Lower-case words, letters and digits only ("Multi-AZ, p99!" → ["multi", "az", "p99"]). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A keyword word matches an answer word that equals it, or starts with it when it is 4+ letters ("encrypt" ~ "encryption"). */
const wordMatches = (keyword: string, word: string) => word === keyword || (keyword.length >= 4 && word.startsWith(keyword));

/** Does the phrase occur in the answer as consecutive words? */
function containsPhrase(answer: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let i = 0; i + phrase.length <= answer.length; i++) {
    if (phrase.every((w, j) => wordMatches(w, answer[i + j]!))) return true;
  }
  return false;
}

/**
 * The key points a typed answer seems to mention: any of the point's keywords appears as
 * consecutive words. Returns key-point ids in the question's order. Empty for an empty answer.
 */
export function hintKeyPoints(question: Pick<InterviewQuestion, 'keyPoints'>, answer: string): string[] {
  const tokens = words(answer);
  if (tokens.length === 0) return [];
  return question.keyPoints.filter((p) => p.keywords.some((k) => containsPhrase(tokens, words(k)))).map((p) => p.id);
}

export type Coverage = {
  covered: KeyPoint[];
  missed: KeyPoint[];
  /** covered ÷ all key points, 0..1 */
  coverage: number;
};

/** Score the ticks: unknown ids are ignored, so a stale tick cannot inflate the score. */
export function scoreCoverage(question: Pick<InterviewQuestion, 'keyPoints'>, ticked: Iterable<string>): Coverage {
  const set = new Set(ticked);
  const covered = question.keyPoints.filter((p) => set.has(p.id));
  const missed = question.keyPoints.filter((p) => !set.has(p.id));
  return { covered, missed, coverage: covered.length / question.keyPoints.length };
}

/**
 * The FSRS rating an answer earns from its coverage: under 40 % "again" (back within
 * minutes), under 65 % "hard", under 90 % "good", otherwise "easy". The bands follow how
 * interviewers read an answer: missing more than half the points is a fail.
 */
export function ratingForCoverage(coverage: number): RatingName {
  if (coverage < 0.4) return 'again';
  if (coverage < 0.65) return 'hard';
  if (coverage < 0.9) return 'good';
  return 'easy';
}

/** "6 of 8 key points (75 %)". */
export const describeCoverage = (c: Coverage): string =>
  `${c.covered.length} of ${c.covered.length + c.missed.length} key points (${Math.round(c.coverage * 100)} %)`;

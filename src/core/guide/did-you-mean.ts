import { closest, distance } from 'fastest-levenshtein';

/**
 * "; did you mean compute?" when one candidate is within a small edit distance of `word`
 * (a third of its length, at least 2), else "". Typos in ids (guides, questions, answers
 * file sections) are the commonest mistake where ids are typed: the CLI, scripts, URLs.
 */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const limit = Math.max(2, Math.floor(word.length / 3));
  const best = candidates.length > 0 ? closest(word, [...candidates]) : undefined;
  return best !== undefined && distance(word, best) <= limit ? `; did you mean ${best}?` : '';
}

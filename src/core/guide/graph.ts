import type { Guide } from './schema';
import { parseTarget } from './targets';

/** Question ids each question can lead to, ignoring conditions (an over-approximation). */
export function successors(guide: Guide, questionId: string): string[] {
  const question = guide.questions.find((q) => q.id === questionId);
  if (!question) return [];
  const ids = question.next.map((t) => parseTarget(t.to)).filter((t) => t.kind === 'question').map((t) => t.id);
  return [...new Set(ids)];
}

/**
 * The most questions a user can still face, counting the current one. Guides are acyclic
 * (the linter checks), so this is a longest path in a DAG; memoised per guide object.
 */
const cache = new WeakMap<Guide, Map<string, number>>();
export function longestRemaining(guide: Guide, questionId: string, visiting = new Set<string>()): number {
  let memo = cache.get(guide);
  if (!memo) cache.set(guide, (memo = new Map()));
  const known = memo.get(questionId);
  if (known !== undefined) return known;
  if (visiting.has(questionId)) return 0;
  visiting.add(questionId);
  const rest = successors(guide, questionId).map((s) => longestRemaining(guide, s, visiting));
  visiting.delete(questionId);
  const result = 1 + Math.max(0, ...rest);
  memo.set(questionId, result);
  return result;
}

import { closest, distance } from 'fastest-levenshtein';
import type { Guide } from '../core/guide/schema';
import type { Library } from '../core/library';
import { unavailableLine } from './guides';
import { CliError, loadTrees } from './io';

/** The ids of the guides that loaded, for messages: "messaging, compute" or "(none)". */
export const knownGuides = (library: Library): string =>
  library.guides.length > 0 ? library.guides.map((g) => g.id).join(', ') : '(none)';

/**
 * The guide `id`, linted clean, with the library it loaded in; only when it is missing are all
 * guides loaded, to name them. Throws CliError: the guide's problems when it fails the lint,
 * else the known guide ids.
 */
export function findGuide(dir: string | undefined, id: string): { guide: Guide; library: Library; guideIds: string[] } {
  const trees = loadTrees(dir, id);
  const guide = trees.library.guides.find((g) => g.id === id);
  if (guide) return { guide, library: trees.library, guideIds: trees.guideIds };
  const { library } = loadTrees(dir);
  const broken = library.unavailable.find((u) => u.id === id || u.file === `${id}.json`);
  if (broken) throw new CliError(unavailableLine(broken));
  throw new CliError(`unknown guide "${id}"${didYouMean(id, library.guides.map((g) => g.id))}; known guides: ${knownGuides(library)}`);
}

/**
 * "; did you mean compute?" when one candidate is within a small edit distance of `word`
 * (a third of its length, at least 2), else "". Typos in ids are the commonest CLI mistake.
 */
export function didYouMean(word: string, candidates: string[]): string {
  const limit = Math.max(2, Math.floor(word.length / 3));
  const best = closest(word, candidates);
  return best !== undefined && candidates.length > 0 && distance(word, best) <= limit ? `; did you mean ${best}?` : '';
}

import { didYouMean } from '../core/guide/did-you-mean';
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

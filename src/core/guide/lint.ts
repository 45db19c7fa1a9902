import type { CatalogIndex } from '../catalog/load';
import { lintArtefacts } from './artefact-lint';
import { lintPaths } from './lint-paths';
import { lintStructure } from './lint-structure';
import type { Problem } from './problems';
import type { Guide } from './schema';

/**
 * Everything that can be wrong with a schema-valid guide. Path checks run only on a guide
 * whose references resolve, so each problem is reported once, where it starts.
 */
export function lintGuide(guide: Guide, file: string, catalog: CatalogIndex): Problem[] {
  const structural = lintStructure(guide, file, catalog);
  const broken = structural.some((p) => /unknown (question|outcome)|does not exist|used twice|cut point|band/.test(p.message));
  return broken ? structural : [...structural, ...lintPaths(guide, file), ...lintArtefacts(guide, file)];
}

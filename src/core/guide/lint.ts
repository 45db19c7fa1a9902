import type { CatalogIndex } from '../catalog/load';
import { emptyFacts, type FactIndex } from '../facts/load';
import { resolveFactRefs } from '../facts/refs';
import { lintChecks } from './lint-checks';
import { lintDrawn } from './lint-drawn';
import { lintGuideFacts } from './lint-facts';
import { lintArtefacts } from './artefact-lint';
import { lintPaths } from './lint-paths';
import { lintPhrases } from './lint-phrases';
import { lintPromises } from './lint-promises';
import { lintStructure } from './lint-structure';
import { lintWhyNot } from './lint-why-not';
import type { Problem } from './problems';
import type { Guide } from './schema';

/**
 * Everything that can be wrong with a schema-valid guide. Path checks run only on a guide
 * whose references resolve, so each problem is reported once, where it starts. Fact checks
 * read the guide as written; path, promise and drawn-service checks read it with {fact:id} resolved.
 */
export function lintGuide(guide: Guide, file: string, catalog: CatalogIndex, facts: FactIndex = emptyFacts()): Problem[] {
  const structural = [...lintStructure(guide, file, catalog), ...lintChecks(guide, file), ...lintPhrases(guide, file), ...lintGuideFacts(guide, file, facts)];
  const broken = structural.some((p) => /unknown (question|outcome)|does not exist|used twice|cut point|band|names no fact/.test(p.message));
  if (broken) return structural;
  const resolved = resolveFactRefs(guide, facts);
  return [...structural, ...lintPaths(resolved, file), ...lintPromises(resolved, file), ...lintArtefacts(resolved, file), ...lintWhyNot(resolved, file), ...lintDrawn(resolved, file, catalog)];
}

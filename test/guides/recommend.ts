import { buildArchitecture } from '../../src/core/architecture/build';
import { decide } from '../../src/core/guide/decide';
import type { Answers, Guide } from '../../src/core/guide/schema';
import { loadLibrary } from '../../src/core/library';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { readTrees } from '../../src/node/read-trees';

const library = loadLibrary(readTrees());

/**
 * The recommendation and architecture a user sees for these answers (facts resolved as in the
 * app); `artefactValues` are what the user typed into the outcome's artefact parameters.
 */
export function recommend(guideId: string, answers: Answers, artefactValues: Record<string, string> = {}) {
  const guide: Guide | undefined = library.guides.find((g) => g.id === guideId);
  if (!guide) throw new Error(`guide ${guideId} is not loaded: ${JSON.stringify(library.unavailable.map((u) => u.problems))}`);
  const decided = decide(guide, answers);
  if (decided.status !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}: ${JSON.stringify(decided)}`);
  const d = { outcome: decided.outcome, answers: decided.answers, path: decided.path };
  const rec = buildRecommendation(guide, library.catalog, d, artefactValues);
  return { rec, arch: buildArchitecture(guide, library.catalog, d), reasoning: [rec.outcome.summary, rec.rationale, ...rec.notes, ...rec.warnings].join('\n') };
}

import { buildArchitecture } from '../architecture/build';
import type { Architecture } from '../architecture/model';
import type { CatalogIndex } from '../catalog/load';
import type { Decision } from '../guide/decide';
import type { Guide } from '../guide/schema';
import { buildRecommendation, type Decided } from '../recommendation/build';
import type { Recommendation } from '../recommendation/types';
import { decisionOf, droppedAnswers } from './apply';
import { diffArchitectures, diffMarks, type ArchitectureDiff, type DiffMarks } from './diff';
import { explainChange } from './explain';

export type Side = { recommendation: Recommendation; model: Architecture };

/** Everything the side-by-side view shows, computed in one place from the two decisions. */
export type Comparison = {
  sentence: string;
  before: Side;
  /** absent while the new answers wait on a question, or when they are invalid */
  after?: Side;
  diff?: ArchitectureDiff;
  marks: DiffMarks;
  /** questions the new path no longer asks */
  dropped: string[];
};

export function compareDecisions(guide: Guide, catalog: CatalogIndex, before: Decided, after: Decision): Comparison {
  const side = (d: Decided): Side => ({ recommendation: buildRecommendation(guide, catalog, d), model: buildArchitecture(guide, catalog, d) });
  const left = side(before);
  const sentence = explainChange(guide, decisionOf(before), after);
  const dropped = droppedAnswers(before.answers, after);
  if (after.status !== 'outcome') return { sentence, before: left, marks: { before: {}, after: {} }, dropped };
  const right = side(after);
  const diff = diffArchitectures(left.model, right.model);
  return { sentence, before: left, after: right, diff, marks: diffMarks(diff), dropped };
}

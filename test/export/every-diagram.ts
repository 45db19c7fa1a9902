import { buildArchitecture } from '../../src/core/architecture/build';
import { mergeRuns } from '../../src/core/architecture/merge';
import type { Architecture } from '../../src/core/architecture/model';
import { conditionRefs } from '../../src/core/guide/conditions';
import { enumeratePaths } from '../../src/core/guide/enumerate';
import { buildRecommendation } from '../../src/core/recommendation/build';
import type { Recommendation } from '../../src/core/recommendation/types';
import { fiveGuideSession, otherFiveGuideSessions, realLibrary } from '../core/merge-cases';

/**
 * Every distinct diagram any path of any committed guide can draw (as the layout checks in
 * test/guides/diagram-layout.test.ts enumerate them: every answer a diagram element depends
 * on is varied too), plus the composed five-guide architectures of test/core/merge-cases.ts.
 */

export type Diagram = { name: string; model: Architecture; recommendations: Recommendation[] };

export function everyDiagram(): Diagram[] {
  const library = realLibrary();
  const out: Diagram[] = [];
  for (const guide of library.guides) {
    const drawnBy: string[] = [];
    for (const { diagram } of guide.outcomes) {
      [...diagram.containers, ...diagram.nodes, ...diagram.edges].forEach((item) => conditionRefs(item.when, drawnBy));
    }
    const seen = new Set<string>();
    for (const path of enumeratePaths(guide, { alsoVary: drawnBy }).paths) {
      const decided = { outcome: path.outcome, answers: path.answers, path: path.steps };
      const model = buildArchitecture(guide, library.catalog, decided);
      const shape = JSON.stringify([path.outcome, model.containers.map((c) => [c.id, c.parent]), model.nodes.map((n) => [n.id, n.parent]), model.edges.map((e) => e.id)]);
      if (seen.has(shape)) continue;
      seen.add(shape);
      out.push({ name: `${guide.id}/${path.outcome}#${seen.size}`, model, recommendations: [buildRecommendation(guide, library.catalog, decided)] });
    }
  }
  [fiveGuideSession(), ...otherFiveGuideSessions()].forEach((runs, i) => {
    out.push({
      name: `composed-${i + 1}`,
      model: mergeRuns(runs, library.catalog),
      recommendations: runs.map((r) => buildRecommendation(r.guide, library.catalog, r.decided)),
    });
  });
  return out;
}

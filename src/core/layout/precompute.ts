import { buildArchitecture } from '../architecture/build';
import type { Architecture, Layout } from '../architecture/model';
import type { CatalogIndex } from '../catalog/load';
import { conditionRefs } from '../guide/conditions';
import { enumeratePaths } from '../guide/enumerate';
import type { Guide } from '../guide/schema';
import { layoutArchitecture, type ElkLike } from './elk-layout';
import { layoutShapeKey } from './shape-key';

/** Layouts by shape key (see layoutShapeKey) for one guide. */
export type LayoutTable = Record<string, Layout>;

/**
 * Every distinct diagram a guide can draw: every path, varying also each answer a diagram
 * element's `when` reads, deduplicated by layout shape. Same enumeration as the layout checks
 * of test/guides/diagram-layout.test.ts.
 */
export function distinctDiagrams(guide: Guide, catalog: CatalogIndex): Map<string, Architecture> {
  const drawnBy: string[] = [];
  for (const { diagram } of guide.outcomes) {
    [...diagram.containers, ...diagram.nodes, ...diagram.edges].forEach((item) => conditionRefs(item.when, drawnBy));
  }
  const distinct = new Map<string, Architecture>();
  for (const path of enumeratePaths(guide, { alsoVary: drawnBy }).paths) {
    const arch = buildArchitecture(guide, catalog, { outcome: path.outcome, answers: path.answers, path: path.steps });
    const key = layoutShapeKey(arch);
    if (!distinct.has(key)) distinct.set(key, arch);
  }
  return distinct;
}

/**
 * The layout of every distinct diagram of `guide`, for build time: the app and the CLI look
 * a single guide's diagram up here instead of starting ELK (whose first layout in a fresh
 * process takes a second or more). Anything not in the table (a merged architecture, another
 * provider) is laid out by ELK as before.
 */
export async function precomputeLayouts(guide: Guide, catalog: CatalogIndex, elk: ElkLike): Promise<LayoutTable> {
  const table: LayoutTable = {};
  for (const [key, arch] of distinctDiagrams(guide, catalog)) table[key] = await layoutArchitecture(arch, elk);
  return table;
}

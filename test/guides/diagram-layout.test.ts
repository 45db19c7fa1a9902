import { describe, expect, it } from 'vitest';
import { buildArchitecture } from '../../src/core/architecture/build';
import { conditionRefs } from '../../src/core/guide/conditions';
import { enumeratePaths } from '../../src/core/guide/enumerate';
import { layoutArchitecture } from '../../src/core/layout/elk-layout';
import { checkLayout } from '../../src/core/layout/geometry';
import { loadLibrary } from '../../src/core/library';
import { createNodeElk } from '../../src/node/elk';
import { readTrees } from '../../src/node/read-trees';

const library = loadLibrary(readTrees());
const elk = createNodeElk();

/**
 * Every distinct diagram any path of any guide can draw, laid out by ELK and checked as a
 * reader would: no overlapping nodes, children inside their containers, edges attached to
 * their ends and never through another service.
 */
describe.each(library.guides.map((g) => [g.id, g] as const))('diagrams of %s', (_id, guide) => {
  // Vary every answer a diagram element depends on, not only those that steer the path.
  const drawnBy: string[] = [];
  for (const { diagram } of guide.outcomes) {
    [...diagram.containers, ...diagram.nodes, ...diagram.edges].forEach((item) => conditionRefs(item.when, drawnBy));
  }
  const distinct = new Map<string, ReturnType<typeof buildArchitecture>>();
  for (const path of enumeratePaths(guide, { alsoVary: drawnBy }).paths) {
    const arch = buildArchitecture(guide, library.catalog, { outcome: path.outcome, answers: path.answers, path: path.steps });
    const shape = JSON.stringify([path.outcome, arch.containers.map((c) => [c.id, c.parent]), arch.nodes.map((n) => [n.id, n.parent]), arch.edges.map((e) => e.id)]);
    if (!distinct.has(shape)) distinct.set(shape, arch);
  }

  it('draws every outcome', () => {
    const drawn = new Set([...distinct.values()].map((a) => a.title));
    expect(drawn.size).toBeGreaterThanOrEqual(guide.outcomes.length);
  });

  it.each([...distinct.values()].map((a, i) => [`${i + 1}: ${a.title}`, a] as const))('layout %s is legible', async (_name, arch) => {
    const layout = await layoutArchitecture(arch, elk);
    expect(checkLayout(layout).map((p) => p.message)).toEqual([]);
    expect(layout.nodes).toHaveLength(arch.nodes.length);
  });
});

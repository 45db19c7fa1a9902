import { describe, expect, it } from 'vitest';
import { mergeRuns } from '../../src/core/architecture/merge';
import type { Architecture } from '../../src/core/architecture/model';
import { switchProvider } from '../../src/core/architecture/provider';
import { generateArchitecture } from '../../src/core/export/generate';
import { parseArchitectureJson, toArchitectureJson } from '../../src/core/export/json';
import { layoutArchitecture } from '../../src/core/layout/elk-layout';
import { checkLayout } from '../../src/core/layout/geometry';
import { createNodeElk } from '../../src/node/elk';
import { fiveGuideSession, otherFiveGuideSessions, realLibrary, runTo } from './merge-cases';

/**
 * Legible at 40–80 nodes: ELK's layout of big architectures, checked geometrically (no
 * overlapping nodes, children inside their containers, edges attached, orthogonal, never
 * through a foreign node) on generated sizes and on merged five-guide sessions.
 */

const elk = createNodeElk();
/** ELK on a busy 2-core machine: generous. */
const SLOW = 120_000;

async function expectLegible(model: Architecture) {
  const layout = await layoutArchitecture(model, elk);
  expect(checkLayout(layout).map((p) => p.message)).toEqual([]);
  expect(layout.nodes).toHaveLength(model.nodes.length);
  expect(layout.containers).toHaveLength(model.containers.length);
  expect(layout.edges).toHaveLength(model.edges.length);
  return layout;
}

describe('layout of big architectures', () => {
  it.each([10, 40, 80, 160])('lays out a generated architecture of %i services cleanly', async (n) => {
    await expectLegible(generateArchitecture(n));
  }, SLOW);

  it('merges every outcome of every guide into a well-formed, legible architecture', async () => {
    // Ten sessions of five guides, cycling through the outcomes, so each outcome is merged at least once.
    const guides = ['compute', 'database', 'messaging', 'disaster-recovery', 'vpc-connectivity'].map((id) => realLibrary().guides.find((g) => g.id === id)!);
    const most = Math.max(...guides.map((g) => g.outcomes.length));
    for (let i = 0; i < most; i++) {
      const runs = guides.map((g) => runTo(g.id, g.outcomes[i % g.outcomes.length]!.id));
      const model = mergeRuns(runs, realLibrary().catalog);
      const parsed = parseArchitectureJson(toArchitectureJson(model));
      expect(parsed.ok, `session ${i}: ${parsed.ok ? '' : parsed.message}`).toBe(true);
      await expectLegible(model);
    }
  }, SLOW * 2);

  it('lays out every five-guide session cleanly, on every provider', async () => {
    for (const runs of [fiveGuideSession(), ...otherFiveGuideSessions()]) {
      const model = mergeRuns(runs, realLibrary().catalog);
      const layout = await expectLegible(model);
      // A design-doc figure, not a banner: the second, top-to-bottom try keeps it readable.
      expect(layout.width / layout.height).toBeLessThan(3);
      await expectLegible(switchProvider(model, realLibrary().catalog, 'gcp'));
    }
  }, SLOW);
});

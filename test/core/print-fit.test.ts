import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArchitecture } from '../../src/core/architecture/build';
import { mergeRuns } from '../../src/core/architecture/merge';
import type { Architecture } from '../../src/core/architecture/model';
import { edgeCrossings, fitOnA4 } from '../../src/core/architecture/readability';
import { runsFromSession } from '../../src/core/architecture/session-runs';
import { projectView } from '../../src/core/architecture/views';
import { toSvg } from '../../src/core/export/svg';
import { layoutArchitecture } from '../../src/core/layout/elk-layout';
import { checkLayout } from '../../src/core/layout/geometry';
import { parseSessionFile } from '../../src/core/session/import';
import { createNodeElk } from '../../src/node/elk';
import { realLibrary, runTo } from './merge-cases';

/**
 * Drawings on paper (issue 10): a diagram whose roomy layout would print too small on one A4
 * page is packed tighter (src/core/layout/page-fit.ts), and stays legible to the layout checks.
 */

const elk = createNodeElk();
const SLOW = 120_000;

async function onA4(model: Architecture) {
  const layout = await layoutArchitecture(model, elk);
  expect(checkLayout(layout).map((p) => p.message)).toEqual([]);
  return { layout, fit: fitOnA4(toSvg(model, layout, { theme: 'light', title: model.title })), crossings: edgeCrossings(layout) };
}

/** The five-guide session `npm run bench` measures (scripts/bench-views.ts). */
function fiveGuideFixture(): Architecture {
  const text = readFileSync(new URL('../fixtures/architecture/five-guides.archtree.json', import.meta.url), 'utf8');
  const parsed = parseSessionFile(text, realLibrary().guides);
  if (!parsed.ok) throw new Error(parsed.message);
  return mergeRuns(runsFromSession(parsed.session, realLibrary().guides).runs, realLibrary().catalog);
}

describe('a drawing on one A4 page', () => {
  it('prints a single guide\'s wide diagram at 7 pt or more (the load balancer guide\'s ALB: 4.2 pt before)', async () => {
    const run = runTo('load-balancer', 'alb');
    const { fit } = await onA4(buildArchitecture(run.guide, realLibrary().catalog, run.decided));
    expect(fit.smallestTextPt).toBeGreaterThanOrEqual(7);
  }, SLOW);

  it('keeps the roomy spacing for a drawing that already prints legibly', async () => {
    const why = { guide: 'g', outcome: 'o', reason: 'test', answers: [] };
    const nodes = ['a', 'b', 'c'].map((id) => ({ id, service: 'generic.service', label: id, serviceName: id, provider: 'generic' as const, category: 'compute' as const, provenance: why }));
    const edges = [{ id: 'ab', from: 'a', to: 'b', style: 'sync' as const, provenance: why }, { id: 'bc', from: 'b', to: 'c', style: 'sync' as const, provenance: why }];
    const { layout, fit } = await onA4({ version: 1, title: 'chain', containers: [], nodes, edges });
    expect(fit.smallestTextPt).toBeGreaterThanOrEqual(7);
    // 56 px between layers (elk-layout.ts), not the dense 16.
    const [a, b] = [layout.nodes.find((n) => n.id === 'a')!, layout.nodes.find((n) => n.id === 'b')!];
    expect(b.x - (a.x + a.width)).toBeGreaterThanOrEqual(56);
  }, SLOW);

  /**
   * The composed five-guide views print larger than before (logical 3.9 pt, deployment 2.2 pt)
   * with no more crossings, but not at 7 pt on one page: the logical view's layers are seven
   * services wide (1,631 px; A4 landscape holds 1,135 px at 7 pt) and the deployment view
   * needs 1,754 × 2,454 px. The PDF prints them again in sheets at 7 pt or more
   * (test/core/print-sheets.test.ts).
   */
  it('prints the composed five-guide views larger than before, crossing no more edges', async () => {
    const model = fiveGuideFixture();
    const logical = await onA4(projectView(model, 'logical'));
    const deployment = await onA4(projectView(model, 'deployment'));
    expect(logical.fit.smallestTextPt).toBeGreaterThanOrEqual(4.5);
    expect(deployment.fit.smallestTextPt).toBeGreaterThanOrEqual(2.9);
    // 2 since the flow from the users to the standby Region is labelled with the DNS and accelerator hops it goes through (17 in the whole model).
    expect(logical.crossings).toBeLessThanOrEqual(2);
    expect(deployment.crossings).toBeLessThanOrEqual(2);
  }, SLOW);
});

import { describe, expect, it } from 'vitest';
import { buildArchitecture } from '../../src/core/architecture/build';
import { mergeRuns } from '../../src/core/architecture/merge';
import type { Architecture } from '../../src/core/architecture/model';
import { switchProvider } from '../../src/core/architecture/provider';
import { edgeCrossings, fitOnA4 } from '../../src/core/architecture/readability';
import { projectView } from '../../src/core/architecture/views';
import { generateArchitecture } from '../../src/core/export/generate';
import { parseArchitectureJson, toArchitectureJson } from '../../src/core/export/json';
import { toSvg } from '../../src/core/export/svg';
import { layoutArchitecture } from '../../src/core/layout/elk-layout';
import { createNodeElk } from '../../src/node/elk';
import { fiveGuideSession, otherFiveGuideSessions, realLibrary, runTo } from './merge-cases';

const five = () => mergeRuns(fiveGuideSession(), realLibrary().catalog);
const node = (m: Architecture, id: string) => m.nodes.find((n) => n.id === id);
const linked = (m: Architecture, from: string, to: string) => m.edges.find((e) => e.from === from && e.to === to);

function expectWellFormed(m: Architecture) {
  const parsed = parseArchitectureJson(toArchitectureJson(m));
  expect(parsed.ok, parsed.ok ? '' : parsed.message).toBe(true);
  const ids = new Set([...m.containers, ...m.nodes].map((x) => x.id));
  for (const e of m.edges) expect(ids.has(e.from) && ids.has(e.to), `${e.id}: ${e.from} → ${e.to}`).toBe(true);
  for (const x of [...m.nodes, ...m.edges]) expect(x.provenance.guide, x.id).toMatch(/\w/);
}

describe('the logical view', () => {
  it('draws services and flows with no network boxes, each service once', () => {
    const m = projectView(five(), 'logical');
    expectWellFormed(m);
    expect(m.containers).toEqual([]);
    expect(m.title).toMatch(/logical view$/);
    // The three AZs' tasks are one service.
    expect(node(m, 'compute/task-a')!.label).toBe('Fargate tasks ×3');
    expect(m.nodes.some((n) => n.id === 'compute/task-b')).toBe(false);
    // The internet gateway only carries traffic: the users reach the load balancer straight.
    expect(node(m, 'compute/igw')).toBeUndefined();
    // …and through DNS failover too: one flow carrying both labels, so neither path is lost.
    expect(linked(m, '@users', 'compute/alb-a')?.label).toMatch(/^HTTPS 443; via Route 53: failover: primary/);
    expect(linked(m, 'compute/task-a', 'database/writer')?.label).toBe('writes: cluster endpoint');
    // A flow through elided hops names them: the standby Region is reached only through DNS failover.
    expect(linked(m, '@users', 'disaster-recovery/entry-b')?.label).toMatch(/^via Route 53: failover: secondary/);
    // No NAT gateway, transit gateway or VPN: they are the deployment view's.
    expect(m.nodes.filter((n) => /nat-gateway|transit-gateway|site-to-site-vpn/.test(n.service))).toEqual([]);
  });

  it('keeps the network when it is all there is (the connectivity guide alone)', () => {
    const m = projectView(mergeRuns([runTo('vpc-connectivity', 'transit-gateway-vpn')], realLibrary().catalog), 'logical');
    expect(m.containers).toEqual([]);
    expect(m.nodes.map((n) => n.service)).toContain('aws.transit-gateway');
    expect(m.edges.length).toBeGreaterThan(0);
  });

  it('is well formed for every five-guide session and provider', () => {
    for (const runs of [fiveGuideSession(), ...otherFiveGuideSessions()]) {
      const m = mergeRuns(runs, realLibrary().catalog);
      expectWellFormed(projectView(m, 'logical'));
      expectWellFormed(projectView(switchProvider(m, realLibrary().catalog, 'azure'), 'logical'));
    }
  });

  it('draws a guide exported on its own (as the CLI does) like the same guide composed alone', () => {
    const run = runTo('compute', 'ecs-fargate');
    const alone = projectView(buildArchitecture(run.guide, realLibrary().catalog, run.decided), 'logical');
    const composed = projectView(mergeRuns([run], realLibrary().catalog), 'logical');
    const labels = (m: Architecture) => m.nodes.map((n) => n.label).sort();
    expect(labels(alone)).toEqual(labels(composed));
    expect(alone.nodes.some((n) => n.label === 'Fargate tasks ×3')).toBe(true);
  });
});

describe('the deployment view', () => {
  it('keeps regions, VPCs and subnet tiers, with the alike AZs drawn once', () => {
    const m = projectView(five(), 'deployment');
    expectWellFormed(m);
    const kinds = new Set(m.containers.map((c) => c.kind));
    for (const k of ['region', 'vpc', 'az', 'subnet'] as const) expect(kinds.has(k), k).toBe(true);
    const azs = m.containers.filter((c) => c.kind === 'az');
    expect(azs.map((a) => a.label)).toEqual(['3 Availability Zones']);
    expect(azs[0]!.provenance.reason).toMatch(/AZ a, AZ b, AZ c/);
    const tiers = m.containers.filter((c) => c.kind === 'subnet' && c.parent === azs[0]!.id).map((c) => c.tier);
    expect(tiers.sort()).toEqual(['data', 'private', 'public']);
    expect(node(m, 'compute/task-a')).toMatchObject({ label: 'Fargate tasks ×3', parent: `${azs[0]!.id}/private` });
    // The network plumbing stays, with its links.
    expect(linked(m, '@region-1/vpc', 'vpc-connectivity/tgw')?.label).toMatch(/attachment/);
    expect(node(m, 'compute/igw')).toBeDefined();
    // Parents before children.
    const seen = new Set<string>();
    for (const c of m.containers) {
      if (c.parent) expect(seen.has(c.parent), c.id).toBe(true);
      seen.add(c.id);
    }
  });

  it('is well formed for every five-guide session, and speaks Google Cloud after a switch', () => {
    for (const runs of otherFiveGuideSessions()) expectWellFormed(projectView(mergeRuns(runs, realLibrary().catalog), 'deployment'));
    const gcp = projectView(switchProvider(five(), realLibrary().catalog, 'gcp'), 'deployment');
    expect(gcp.containers.filter((c) => c.kind === 'az').map((c) => c.label)).toEqual(['3 Zones']);
  });

  it('projects any architecture, however big, into well-formed views', () => {
    for (const n of [10, 80, 160]) for (const view of ['logical', 'deployment'] as const) expectWellFormed(projectView(generateArchitecture(n), view));
  });
});

describe('every outcome of every guide', () => {
  it('has a logical view with something in it and a well-formed deployment view', () => {
    for (const guide of realLibrary().guides) {
      for (const outcome of guide.outcomes) {
        const m = mergeRuns([runTo(guide.id, outcome.id)], realLibrary().catalog);
        const logical = projectView(m, 'logical');
        expectWellFormed(logical);
        expect(logical.nodes.length, `${guide.id}/${outcome.id}`).toBeGreaterThan(0);
        expectWellFormed(projectView(m, 'deployment'));
      }
    }
  }, 60_000);
});

describe('the views on paper', () => {
  it('cross fewer edges and print larger than the whole drawing', async () => {
    const elk = createNodeElk();
    const model = five();
    const measure = async (m: Architecture) => {
      const layout = await layoutArchitecture(m, elk);
      return { crossings: edgeCrossings(layout), pt: fitOnA4(toSvg(m, layout, { theme: 'light', title: m.title })).smallestTextPt };
    };
    const whole = await measure(model);
    for (const view of ['logical', 'deployment'] as const) {
      const v = await measure(projectView(model, view));
      expect(v.crossings, view).toBeLessThan(whole.crossings);
      expect(v.pt, view).toBeGreaterThan(whole.pt);
    }
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import { mergeParts, mergeRuns, type MergePart } from '../../src/core/architecture/merge';
import type { ArchContainer, ArchEdge, ArchNode, Architecture, Provenance } from '../../src/core/architecture/model';
import { parseArchitectureJson, toArchitectureJson } from '../../src/core/export/json';
import { compositionSchema, type Composition } from '../../src/core/guide/schema';
import { fiveGuideSession, otherFiveGuideSessions, realLibrary, runTo } from './merge-cases';

const five = () => mergeRuns(fiveGuideSession(), realLibrary().catalog);
const byKind = (m: Architecture, kind: ArchContainer['kind']) => m.containers.filter((c) => c.kind === kind);
const node = (m: Architecture, id: string) => m.nodes.find((n) => n.id === id);
const linked = (m: Architecture, from: string, to: string) => m.edges.find((e) => e.from === from && e.to === to);

/** What every merged model must be: valid to re-import, every edge between known elements. */
function expectWellFormed(m: Architecture) {
  const parsed = parseArchitectureJson(toArchitectureJson(m));
  expect(parsed.ok, parsed.ok ? '' : parsed.message).toBe(true);
  const ids = new Set([...m.containers, ...m.nodes].map((x) => x.id));
  for (const e of m.edges) expect(ids.has(e.from) && ids.has(e.to), `${e.id}: ${e.from} → ${e.to}`).toBe(true);
  // Parents before children, as React Flow and the exporters need.
  const seen = new Set<string>();
  for (const c of m.containers) {
    if (c.parent) expect(seen.has(c.parent), `${c.id} after its parent`).toBe(true);
    seen.add(c.id);
  }
}

describe('merging the five-guide session (compute → database → messaging → DR → VPC connectivity)', () => {
  it('draws one primary region, one second region, one workload VPC and each AZ once', () => {
    const m = five();
    expectWellFormed(m);
    expect(byKind(m, 'region').map((r) => r.id)).toEqual(['@region-1', '@region-2']);
    // The workload VPC is shared; the connectivity guide's egress VPC stays its own box.
    expect(byKind(m, 'vpc').map((v) => v.id).sort()).toEqual(['@region-1/vpc', 'vpc-connectivity/egress-vpc']);
    expect(byKind(m, 'az').map((a) => a.id)).toEqual(['@region-1/vpc/az-a', '@region-1/vpc/az-b', '@region-1/vpc/az-c']);
    const subnets = byKind(m, 'subnet').map((s) => s.id);
    expect(subnets).toContain('@region-1/vpc/az-a/private');
    expect(new Set(subnets).size).toBe(subnets.length);
    // The primary region is named by the guide that drew both regions.
    expect(m.containers.find((c) => c.id === '@region-1')!.label).toMatch(/Primary region/);
    expect(m.containers.find((c) => c.id === '@region-1/vpc')!.provenance.reason).toMatch(/^Shared by /);
  });

  it('draws the users once and no stand-in for the application', () => {
    const m = five();
    expect(m.nodes.filter((n) => n.service === 'generic.users').map((n) => n.id)).toEqual(['@users']);
    // database's svc-a/b/c and messaging's producer are replaced by the compute guide's tasks.
    expect(m.nodes.some((n) => n.id.startsWith('database/svc-') || n.id === 'messaging/producer')).toBe(false);
    // DR's primary-region copies of the app, its load balancer and its database are gone too.
    expect(m.nodes.map((n) => n.id).filter((id) => /^disaster-recovery\/(app|entry|data)-a/.test(id))).toEqual([]);
  });

  it('wires the compute tier to the chosen database and messaging services, AZ by AZ', () => {
    const m = five();
    for (const az of ['a', 'b', 'c']) {
      expect(linked(m, `compute/task-${az}`, 'database/writer'), `task-${az} → writer`).toBeDefined();
      expect(linked(m, `compute/task-${az}`, 'messaging/queue')?.style).toBe('async');
    }
    // svc-b reads from the reader in its own AZ: now task-b, not every task.
    expect(linked(m, 'compute/task-b', 'database/reader-b')?.label).toBe('reads: reader endpoint');
    expect(linked(m, 'compute/task-a', 'database/reader-b')).toBeUndefined();
  });

  it('adds the second region with DR replication starting at the database guide\'s writer', () => {
    const m = five();
    const replica = node(m, 'disaster-recovery/data-b-aurora')!;
    expect(replica.parent).toBe('@region-2');
    expect(linked(m, 'database/writer', replica.id)?.style).toBe('replication');
    // DR's DNS now reaches the compute guide's front door, its load balancer, in the primary region.
    expect(m.edges.some((e) => e.from.startsWith('disaster-recovery/') && e.to.startsWith('compute/alb-'))).toBe(true);
  });

  it('places the connectivity guide\'s links on the shared VPC', () => {
    const m = five();
    expect(node(m, 'vpc-connectivity/spoke-1')).toBeUndefined();
    expect(linked(m, '@region-1/vpc', 'vpc-connectivity/tgw')?.label).toMatch(/attachment/);
    expect(node(m, 'vpc-connectivity/tgw')!.parent).toBe('@region-1');
  });

  it('keeps each element\'s provenance: the guide that drew it and the answers', () => {
    const m = five();
    const guides = new Set(fiveGuideSession().map((r) => r.guide.id));
    for (const x of [...m.nodes, ...m.edges]) expect(guides.has(x.provenance.guide), x.id).toBe(true);
    const writer = node(m, 'database/writer')!;
    expect(writer.provenance.guide).toBe('database');
    expect(writer.provenance.answers.length).toBeGreaterThan(0);
    expect(node(m, '@users')!.provenance.reason).toMatch(/Also drawn by/);
  });

  it('holds 30 to 80 services for every five-guide mix, all well formed', () => {
    for (const runs of [fiveGuideSession(), ...otherFiveGuideSessions()]) {
      const m = mergeRuns(runs, realLibrary().catalog);
      expectWellFormed(m);
      expect(m.nodes.length).toBeGreaterThanOrEqual(20);
      expect(m.nodes.length).toBeLessThanOrEqual(80);
      expect(m.title).toMatch(/^Architecture: Compute platform · Database/);
    }
  });

  it('gives the same model whatever order the tier-owning guides come in', () => {
    const runs = fiveGuideSession();
    const [compute, database, messaging, dr, vpc] = runs;
    const reordered = mergeRuns([dr!, vpc!, messaging!, database!, compute!], realLibrary().catalog);
    const original = five();
    const ids = (m: Architecture) => m.nodes.map((n) => n.id).sort();
    expect(ids(reordered)).toEqual(ids(original));
  });

  it('leaves a single guide as drawn, ids namespaced', () => {
    const run = runTo('messaging', 'sqs-standard');
    const m = mergeRuns([run], realLibrary().catalog);
    expectWellFormed(m);
    expect(m.nodes.map((n) => n.id)).toContain('messaging/producer');
    expect(m.containers.some((c) => c.kind === 'cloud')).toBe(false);
  });
});

// Small hand-made parts pin each rule down without the real guides.
const prov = (guide: string): Provenance => ({ guide, outcome: 'o', reason: `from ${guide}`, answers: [] });
type Declared = Partial<Composition>;
type Spec = { containers?: [string, ArchContainer['kind'], string?, ArchContainer['tier']?][]; nodes: [string, string, string?, Declared?][]; edges?: [string, string][] };
// The declarations the five guides use, in short.
const users: Declared = { element: 'person', joins: 'shared' };
const provides = (r: Composition['provides']): Declared => ({ provides: r, joins: 'provider' });
const standIn = (r: Composition['provides']): Declared => ({ provides: r, joins: 'replaceable' });
const publishedTo: Declared = { provides: 'async', attaches: { to: 'compute', direction: 'in', label: 'publishes', style: 'async' } };
function part(id: string, section: string, spec: Spec): MergePart {
  const containers: ArchContainer[] = (spec.containers ?? []).map(([cid, kind, parent, tier]) => ({
    id: cid, kind, label: `${kind} ${cid}`, ...(parent ? { parent } : {}), ...(tier ? { tier } : {}), provenance: prov(id),
  }));
  const nodes: ArchNode[] = spec.nodes.map(([nid, service, parent]) => ({
    id: nid, service, label: nid, serviceName: service, provider: service.startsWith('generic.') ? 'generic' : 'aws',
    category: service.includes('sqs') ? 'messaging' : service.includes('rds') ? 'database' : 'compute', ...(parent ? { parent } : {}), provenance: prov(id),
  }));
  const edges: ArchEdge[] = (spec.edges ?? []).map(([from, to], i) => ({ id: `e${i}`, from, to, style: 'sync', provenance: prov(id) }));
  const declarations = new Map(spec.nodes.flatMap(([nid, , , d]) => (d ? [[nid, compositionSchema.parse(d)] as const] : [])));
  return { guide: { id, title: id.toUpperCase(), section }, model: { version: 1, title: id, containers, nodes, edges }, declarations };
}

const REGION: Spec['containers'] = [['r', 'region'], ['v', 'vpc', 'r'], ['a', 'az', 'v'], ['b', 'az', 'v'], ['pa', 'subnet', 'a', 'private'], ['pb', 'subnet', 'b', 'private']];

describe('merge rules', () => {
  it('namespaces ids so two guides can both have a "queue"', () => {
    const m = mergeParts([
      part('one', 'messaging-events', { nodes: [['queue', 'aws.sqs']] }),
      part('two', 'messaging-events', { nodes: [['queue', 'aws.sqs']] }),
    ]);
    expect(m.nodes.map((n) => n.id)).toEqual(['one/queue', 'two/queue']);
  });

  it('keeps a guide that appears twice apart', () => {
    const m = mergeParts([part('one', 'x', { nodes: [['n', 'aws.sqs']] }), part('one', 'x', { nodes: [['n', 'aws.sqs']] })]);
    expect(m.nodes.map((n) => n.id)).toEqual(['one/n', 'one-2/n']);
  });

  it('drops cloud boxes and maps regions, VPC, AZs and subnets onto one shared set', () => {
    const m = mergeParts([
      part('compute', 'compute-serverless', { containers: REGION, nodes: [['t', 'aws.ecs', 'pa']] }),
      part('msg', 'messaging-events', { containers: [['cloud', 'cloud'], ['reg', 'region', 'cloud'], ['v2', 'vpc', 'reg'], ['z', 'az', 'v2'], ['s', 'subnet', 'z', 'private']], nodes: [['q', 'aws.sqs', 's']] }),
    ]);
    expect(m.containers.map((c) => c.id)).toEqual(['@region-1', '@region-1/vpc', '@region-1/vpc/az-a', '@region-1/vpc/az-a/private']);
    expect(m.nodes.map((n) => [n.id, n.parent])).toEqual([['compute/t', '@region-1/vpc/az-a/private'], ['msg/q', '@region-1/vpc/az-a/private']]);
  });

  it('replaces stand-ins by the app provider\'s nodes in the same AZ, even when the provider comes later', () => {
    const m = mergeParts([
      part('db', 'storage-databases', {
        containers: REGION,
        nodes: [['svc-a', 'generic.service', 'pa', standIn('compute')], ['svc-b', 'generic.service', 'pb', standIn('compute')], ['db', 'aws.rds', 'r', provides('data')]],
        edges: [['svc-a', 'db'], ['svc-b', 'db']],
      }),
      part('compute', 'compute-serverless', { containers: REGION, nodes: [['t-a', 'aws.ecs', 'pa', provides('compute')], ['t-b', 'aws.ecs', 'pb', provides('compute')]] }),
    ]);
    expect(m.nodes.map((n) => n.id)).toEqual(['db/db', 'compute/t-a', 'compute/t-b']);
    expect(m.edges.map((e) => `${e.from} → ${e.to}`)).toEqual(['compute/t-a → db/db', 'compute/t-b → db/db']);
    expect(m.edges[0]!.provenance.guide).toBe('db');
  });

  it('keeps stand-ins when no guide draws the application', () => {
    const m = mergeParts([part('msg', 'messaging-events', { nodes: [['p', 'generic.producer', undefined, standIn('compute')], ['q', 'aws.sqs', undefined, publishedTo]], edges: [['p', 'q']] })]);
    expect(m.nodes.map((n) => n.id)).toEqual(['msg/p', 'msg/q']);
  });

  it('wires the app to an entry no stand-in reached', () => {
    const m = mergeParts([
      part('compute', 'compute-serverless', { containers: [['r', 'region']], nodes: [['fn', 'aws.lambda', 'r', provides('compute')]] }),
      part('msg', 'messaging-events', { containers: [['r', 'region']], nodes: [['q', 'aws.sqs', 'r', publishedTo]] }),
    ]);
    expect(m.edges).toHaveLength(1);
    expect(m.edges[0]).toMatchObject({ from: 'compute/fn', to: 'msg/q', style: 'async', label: 'publishes' });
  });

  it('unifies clients by service and drops the edge a provider already draws itself', () => {
    const m = mergeParts([
      part('compute', 'compute-serverless', { containers: [['r', 'region']], nodes: [['u', 'generic.users', undefined, users], ['lb', 'aws.alb', 'r', provides('entry')], ['t', 'aws.ecs', 'r', provides('compute')]], edges: [['u', 'lb'], ['lb', 't']] }),
      part('dr', 'ha-dr', {
        containers: [['ra', 'region'], ['rb', 'region']],
        nodes: [['users', 'generic.users', undefined, users], ['lb-a', 'aws.alb', 'ra', standIn('entry')], ['app-a', 'aws.ecs', 'ra', standIn('compute')], ['app-b', 'aws.ecs', 'rb', standIn('compute')]],
        edges: [['users', 'lb-a'], ['lb-a', 'app-a'], ['app-a', 'app-b']],
      }),
    ]);
    expect(m.nodes.map((n) => n.id)).toEqual(['@users', 'compute/lb', 'compute/t', 'dr/app-b']);
    expect(m.edges.map((e) => `${e.from} → ${e.to}`)).toEqual(['@users → compute/lb', 'compute/lb → compute/t', 'compute/t → dr/app-b']);
    expect(m.nodes.find((n) => n.id === 'dr/app-b')!.parent).toBe('@region-2');
  });

  it('draws no empty box', () => {
    const m = mergeParts([part('x', 'x', { containers: [['r', 'region'], ['g', 'group', 'r']], nodes: [['n', 'aws.sqs']] })]);
    expect(m.containers).toEqual([]);
  });
});

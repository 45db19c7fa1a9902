import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArchitecture } from '../../src/core/architecture/build';
import type { ArchContainer, ArchEdge, ArchNode, Architecture, Layout, Provenance } from '../../src/core/architecture/model';
import { decide } from '../../src/core/guide/decide';
import { formatProblem } from '../../src/core/guide/problems';
import type { Answers } from '../../src/core/guide/schema';
import { layoutArchitecture } from '../../src/core/layout/elk-layout';
import {
  boxContains, boxesOverlap, checkLayout, findDetachedEdges, findEdgesThroughNodes, findEscapes, findOverlaps,
  pointOnBorder, segmentCrossesBox,
} from '../../src/core/layout/geometry';
import { nodeSize } from '../../src/core/layout/label-sizes';
import { CONTAINER_PADDING, NODE_HEIGHT, NODE_WIDTH } from '../../src/core/layout/sizes';
import { loadLibrary } from '../../src/core/library';
import { createNodeElk } from '../../src/node/elk';
import { readTrees } from '../../src/node/read-trees';

const elk = createNodeElk();
const prov = (reason: string): Provenance => ({ guide: 'synthetic', outcome: 'all', reason, answers: [] });

/** Library with the tiny fixture guide and the committed catalogue. */
function tinyLibrary() {
  const text = readFileSync(new URL('../fixtures/guides/tiny.json', import.meta.url), 'utf8');
  const library = loadLibrary({ guides: [{ name: 'tiny.json', text }], catalog: readTrees().catalog });
  const guide = library.guides.find((g) => g.id === 'tiny');
  if (!guide) throw new Error(library.unavailable.flatMap((u) => u.problems.map(formatProblem)).join('\n'));
  return { guide, catalog: library.catalog };
}

function tinyArchitecture(answers: Answers): Architecture {
  const { guide, catalog } = tinyLibrary();
  const decided = decide(guide, answers);
  if (decided.status !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  return buildArchitecture(guide, catalog, decided);
}

/** region → VPC → 3 AZs → public/private/data subnets, ~20 nodes, edges across every level. */
export function syntheticArchitecture(): Architecture {
  const containers: ArchContainer[] = [
    { id: 'region', kind: 'region', label: 'eu-west-1', provenance: prov('region') },
    { id: 'vpc', kind: 'vpc', label: 'VPC 10.0.0.0/16', parent: 'region', provenance: prov('vpc') },
  ];
  const nodes: ArchNode[] = [];
  const node = (id: string, parent: string | undefined, category: ArchNode['category'] = 'compute') =>
    nodes.push({ id, service: `aws.${id}`, label: id, serviceName: id, provider: 'aws', category, parent, provenance: prov(id) });
  for (const az of ['a', 'b', 'c']) {
    containers.push({ id: `az-${az}`, kind: 'az', label: `AZ ${az}`, parent: 'vpc', provenance: prov('az') });
    for (const tier of ['public', 'private', 'data'] as const) {
      containers.push({ id: `${tier}-${az}`, kind: 'subnet', tier, label: `${tier} ${az}`, parent: `az-${az}`, provenance: prov(tier) });
    }
    node(`alb-${az}`, `public-${az}`, 'networking');
    node(`app-${az}`, `private-${az}`);
    node(`db-${az}`, `data-${az}`, 'database');
  }
  node('users', undefined, 'client');
  node('cdn', undefined, 'edge');
  node('s3', 'region', 'storage');
  node('queue', 'region', 'messaging');
  node('worker', 'vpc');
  node('cache', 'private-a', 'cache');
  node('nat', 'public-b', 'networking');
  node('logs', undefined, 'observability');
  const edges: ArchEdge[] = [];
  const edge = (from: string, to: string, style: ArchEdge['style'] = 'sync', label?: string) =>
    edges.push({ id: `e${edges.length}-${from}-${to}`, from, to, style, label, provenance: prov(`${from}→${to}`) });
  edge('users', 'cdn', 'sync', 'HTTPS');
  for (const az of ['a', 'b', 'c']) {
    edge('cdn', `alb-${az}`, 'network');
    edge(`alb-${az}`, `app-${az}`, 'sync', 'HTTP');
    edge(`app-${az}`, `db-${az}`, 'sync', 'SQL');
    edge(`app-${az}`, 'queue', 'async', 'enqueue');
  }
  edge('db-a', 'db-b', 'replication', 'replicate');
  edge('db-a', 'db-c', 'replication');
  edge('queue', 'worker', 'async', 'poll');
  edge('worker', 's3', 'sync', 'PUT');
  edge('app-a', 'cache', 'sync');
  edge('worker', 'logs', 'async', 'logs');
  edge('vpc', 'logs', 'async', 'flow logs');
  edge('app-b', 'nat', 'network');
  // a container and its own descendant, both ways: ELK keeps these edges inside the container
  edge('region', 'queue', 'network', 'endpoint');
  edge('app-c', 'vpc', 'network');
  edge('az-a', 'az-b', 'replication');
  return { version: 1, title: 'Synthetic three-AZ VPC', containers, nodes, edges };
}

const messages = (layout: Layout) => checkLayout(layout).map((p) => p.message);

describe('layoutArchitecture geometry', () => {
  it.each([
    ['FIFO queue', { pattern: 'work-queue', rate: 2000 }],
    ['Stream', { pattern: 'work-queue', rate: 50000 }],
    ['Topic', { pattern: 'fan-out' }],
  ] as const)('lays out the tiny guide outcome "%s" cleanly', async (title, answers) => {
    const model = tinyArchitecture(answers);
    expect(model.title).toBe(`Tiny queue guide: ${title}`);
    const layout = await layoutArchitecture(model, elk);
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(model.nodes.map((n) => n.id).sort());
    expect(layout.edges.map((e) => e.id)).toEqual(model.edges.map((e) => e.id));
    expect(messages(layout)).toEqual([]);
  });

  it('keeps the tiny FIFO queue inside its region with the padding', async () => {
    const layout = await layoutArchitecture(tinyArchitecture({ pattern: 'work-queue', rate: 2000 }), elk);
    const region = layout.containers.find((c) => c.id === 'region')!;
    const queue = layout.nodes.find((n) => n.id === 'queue')!;
    expect(queue.parent).toBe('region');
    expect(boxContains(region, queue, CONTAINER_PADDING)).toBe(true);
    expect(queue.x - region.x).toBe(queue.relX);
    expect(queue.y - region.y).toBe(queue.relY);
  });

  it('lays out a region → VPC → 3 AZ → subnet architecture with no overlaps, escapes or detached edges', async () => {
    const model = syntheticArchitecture();
    const layout = await layoutArchitecture(model, elk);
    expect(layout.nodes).toHaveLength(model.nodes.length);
    expect(layout.containers).toHaveLength(model.containers.length);
    expect(findOverlaps(layout)).toEqual([]);
    expect(findEscapes(layout)).toEqual([]);
    expect(findDetachedEdges(layout)).toEqual([]);
    expect(findEdgesThroughNodes(layout)).toEqual([]);
    // Every service gets the box its text needs (NODE_WIDTH × NODE_HEIGHT when its text is short).
    for (const n of layout.nodes) expect({ width: n.width, height: n.height }).toEqual(nodeSize(model.nodes.find((m) => m.id === n.id)!));
    expect(layout.nodes.some((n) => n.width === NODE_WIDTH && n.height === NODE_HEIGHT)).toBe(true);
  });

  it('lists containers parents-first with relative positions that add up to absolute ones', async () => {
    const layout = await layoutArchitecture(syntheticArchitecture(), elk);
    const seen = new Map<string, { x: number; y: number }>();
    for (const c of layout.containers) {
      const parent = c.parent ? seen.get(c.parent) : { x: 0, y: 0 };
      expect(parent, `${c.id} listed before its parent ${c.parent}`).toBeDefined();
      expect([c.x, c.y]).toEqual([parent!.x + c.relX, parent!.y + c.relY]);
      seen.set(c.id, c);
    }
    for (const n of layout.nodes) {
      const parent = n.parent ? seen.get(n.parent)! : { x: 0, y: 0 };
      expect([n.x, n.y]).toEqual([parent.x + n.relX, parent.y + n.relY]);
    }
  });

  it('puts edge labels near their routes, in absolute coordinates', async () => {
    const layout = await layoutArchitecture(syntheticArchitecture(), elk);
    for (const e of layout.edges.filter((x) => x.labelAt)) {
      const xs = e.points.map((p) => p.x), ys = e.points.map((p) => p.y);
      const near = 80;
      expect(e.labelAt!.x, e.id).toBeGreaterThan(Math.min(...xs) - near);
      expect(e.labelAt!.x, e.id).toBeLessThan(Math.max(...xs) + near);
      expect(e.labelAt!.y, e.id).toBeGreaterThan(Math.min(...ys) - near);
      expect(e.labelAt!.y, e.id).toBeLessThan(Math.max(...ys) + near);
    }
  });
});

describe('geometry checks', () => {
  const box = (x: number, y: number, width = 10, height = 10) => ({ x, y, width, height });
  const el = (id: string, b: ReturnType<typeof box>, parent?: string) => ({ id, ...b, relX: 0, relY: 0, parent, depth: 0 });

  it('tells overlapping boxes from touching ones', () => {
    expect(boxesOverlap(box(0, 0), box(5, 5))).toBe(true);
    expect(boxesOverlap(box(0, 0), box(10, 0))).toBe(false);
    expect(boxesOverlap(box(0, 0), box(9.5, 0), 1)).toBe(false);
  });

  it('finds points on a border within the tolerance only', () => {
    expect(pointOnBorder({ x: 0, y: 5 }, box(0, 0))).toBe(true);
    expect(pointOnBorder({ x: 10.8, y: 5 }, box(0, 0))).toBe(true);
    expect(pointOnBorder({ x: 5, y: 5 }, box(0, 0))).toBe(false);
    expect(pointOnBorder({ x: 12, y: 5 }, box(0, 0))).toBe(false);
  });

  it('detects segments through a box but not along its border', () => {
    expect(segmentCrossesBox({ x: -5, y: 5 }, { x: 15, y: 5 }, box(0, 0))).toBe(true);
    expect(segmentCrossesBox({ x: -5, y: 0 }, { x: 15, y: 0 }, box(0, 0))).toBe(false);
    expect(segmentCrossesBox({ x: -5, y: 20 }, { x: 15, y: 20 }, box(0, 0))).toBe(false);
    expect(segmentCrossesBox({ x: 5, y: -5 }, { x: 5, y: 3 }, box(0, 0))).toBe(true);
  });

  it('reports each kind of problem on a broken layout', () => {
    const broken: Layout = {
      width: 200, height: 200,
      containers: [el('c', box(0, 0, 100, 100)), el('d', box(50, 50, 100, 100))],
      nodes: [el('a', box(10, 10), 'c'), el('b', box(15, 15)), el('m', box(120, 160))],
      edges: [
        { id: 'e', from: 'a', to: 'm', points: [{ x: 20, y: 18 }, { x: 125, y: 18 }, { x: 125, y: 160 }] },
        { id: 'f', from: 'b', to: 'a', points: [{ x: 40, y: 40 }, { x: 60, y: 60 }] },
        { id: 'g', from: 'a', to: 'b', points: [] },
      ],
    };
    const kinds = checkLayout(broken).map((p) => p.kind);
    for (const kind of ['node-overlap', 'container-overlap', 'outside-parent', 'edge-unrouted', 'edge-start-detached',
      'edge-end-detached', 'edge-not-orthogonal', 'edge-through-node'] as const) {
      expect(kinds, kind).toContain(kind);
    }
  });
});

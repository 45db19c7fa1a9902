import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Architecture, LaidOutEdge, LaidOutElement, Layout } from '../architecture/model';
import { checkLayout } from './geometry';
import { containerHeader, nodeSize } from './label-sizes';
import { DENSE_OPTIONS, couldFitOnPage, pageScale, printsLegibly } from './page-fit';
import { CONTAINER_PADDING, EDGE_LABEL_HEIGHT, edgeLabelWidth } from './sizes';

/** What we need of an ELK instance: the bundled one in Node, a worker-backed one in the renderer. */
export type ElkLike = { layout(graph: ElkNode): Promise<ElkNode> };

const ROOT = '__root';
const padding = (top: number) => `[top=${top},left=${CONTAINER_PADDING.left},bottom=${CONTAINER_PADDING.bottom},right=${CONTAINER_PADDING.right}]`;

const ROOT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.spacing.nodeNode': '28',
  'elk.spacing.edgeNode': '18',
  'elk.spacing.edgeEdge': '12',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  // One randomised crossing-minimisation run instead of seven: 15–30 % faster on 80–160
  // services, +7 crossings over all 479 guide diagrams (38 → 45), same bends and area; the
  // model order above already gives the sweep a sensible start. Measured in issue 4's note.
  'elk.layered.thoroughness': '1',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.padding': '[top=24,left=24,bottom=24,right=24]',
  // Edge sections and labels in absolute coordinates. By default ELK reports them relative to
  // the edge's *containment* as ELK decides it (for an edge between a container and one of its
  // descendants that is the container itself), not the node whose `edges` array held it.
  'elk.json.edgeCoords': 'ROOT',
};

function parentMap(model: Architecture): Map<string, string | undefined> {
  const map = new Map<string, string | undefined>();
  model.containers.forEach((c) => map.set(c.id, c.parent));
  model.nodes.forEach((n) => map.set(n.id, n.parent));
  return map;
}

function ancestors(id: string, parents: Map<string, string | undefined>): string[] {
  const chain: string[] = [];
  for (let p = parents.get(id); p; p = parents.get(p)) chain.push(p);
  return chain;
}

/**
 * Where ELK wants the edge (ElkGraphUtil's containment rule): the end itself when one end is a
 * container holding the other, else the innermost container holding both ends.
 */
function edgeContainer(from: string, to: string, parents: Map<string, string | undefined>): string {
  const up = ancestors(from, parents);
  const other = ancestors(to, parents);
  if (other.includes(from)) return from;
  if (up.includes(to)) return to;
  const shared = new Set(other);
  return up.find((c) => shared.has(c)) ?? ROOT;
}

/** Wider than this (width / height), a left-to-right drawing shrinks to a sliver in a doc page. */
const MAX_ASPECT = 2.6;
/** Roughly a design-doc figure or a laptop viewport. */
const IDEAL_ASPECT = 1.6;
/** Below this width a wide drawing still shows at full size, so its shape does not matter. */
const FITS_WIDTH = 1200;

/**
 * Lay out an architecture: ELK layered, containers as compound nodes, orthogonal edges.
 * Left to right reads best, but long chains (a DR pair of regions, a Firehose pipeline)
 * become too wide to read; those are also tried top to bottom and the better-shaped kept.
 * A drawing that would then print too small on one A4 page (./page-fit.ts) is also laid out
 * densely (top to bottom, then left to right unless that already reads), and whichever
 * prints largest is kept, so long as it passes the reader's checks (./geometry.ts); the
 * roomy layout stays the fallback.
 */
export async function layoutArchitecture(model: Architecture, elk: ElkLike): Promise<Layout> {
  const roomy = await roomyLayout(model, elk);
  if (printsLegibly(roomy) || !couldFitOnPage(model.nodes.length)) return roomy;
  let best = roomy;
  // Top to bottom first: over every guide's diagrams it printed larger 415 times, left to right once.
  for (const direction of ['DOWN', 'RIGHT'] as const) {
    const dense = flatten(await elk.layout(elkGraph(model, direction, DENSE_OPTIONS)), model);
    if (pageScale(dense) > pageScale(best) && checkLayout(dense).length === 0) best = dense;
    if (printsLegibly(best)) break;
  }
  return best;
}

async function roomyLayout(model: Architecture, elk: ElkLike): Promise<Layout> {
  const across = flatten(await elk.layout(elkGraph(model, 'RIGHT')), model);
  if (across.width <= FITS_WIDTH || across.width / Math.max(across.height, 1) <= MAX_ASPECT) return across;
  const down = flatten(await elk.layout(elkGraph(model, 'DOWN')), model);
  const misfit = (l: Layout) => Math.abs(Math.log(l.width / Math.max(l.height, 1) / IDEAL_ASPECT));
  return misfit(down) < misfit(across) ? down : across;
}

function elkGraph(model: Architecture, direction: 'RIGHT' | 'DOWN', extra: Record<string, string> = {}): ElkNode {
  const parents = parentMap(model);
  const elkNodes = new Map<string, ElkNode>();
  const root: ElkNode = { id: ROOT, layoutOptions: { ...ROOT_OPTIONS, ...extra, 'elk.direction': direction }, children: [], edges: [] };
  elkNodes.set(ROOT, root);
  for (const c of model.containers) {
    // Room for the caption and the whole name (./label-sizes.ts): wide enough, and a taller header when it wraps.
    // ELK 0.12 reads a compound node's minimum size in its transposed frame when laying out DOWN.
    const header = containerHeader(c);
    const minimum = direction === 'DOWN' ? `(0, ${header.minWidth})` : `(${header.minWidth}, 0)`;
    const layoutOptions = { 'elk.padding': padding(header.top), 'elk.nodeSize.constraints': 'MINIMUM_SIZE', 'elk.nodeSize.minimum': minimum };
    elkNodes.set(c.id, { id: c.id, layoutOptions, children: [], edges: [], labels: [{ text: c.label }] });
  }
  for (const n of model.nodes) elkNodes.set(n.id, { id: n.id, ...nodeSize(n) });
  for (const item of [...model.containers, ...model.nodes]) {
    elkNodes.get(item.parent ?? ROOT)!.children!.push(elkNodes.get(item.id)!);
  }
  for (const e of model.edges) {
    const edge: ElkExtendedEdge = { id: e.id, sources: [e.from], targets: [e.to] };
    if (e.label) edge.labels = [{ text: e.label, width: edgeLabelWidth(e.label), height: EDGE_LABEL_HEIGHT }];
    elkNodes.get(edgeContainer(e.from, e.to, parents))!.edges!.push(edge);
  }
  return root;
}

function flatten(root: ElkNode, model: Architecture): Layout {
  const containerIds = new Set(model.containers.map((c) => c.id));
  const containers: LaidOutElement[] = [];
  const nodes: LaidOutElement[] = [];
  const edges: LaidOutEdge[] = [];

  const visit = (node: ElkNode, ox: number, oy: number, parent: string | undefined, depth: number) => {
    for (const child of node.children ?? []) {
      const x = ox + (child.x ?? 0);
      const y = oy + (child.y ?? 0);
      const el: LaidOutElement = {
        id: child.id, x, y, width: child.width ?? 0, height: child.height ?? 0,
        relX: child.x ?? 0, relY: child.y ?? 0, parent, depth,
      };
      (containerIds.has(child.id) ? containers : nodes).push(el);
      if (containerIds.has(child.id)) visit(child, x, y, child.id, depth + 1);
    }
    // Absolute already (elk.json.edgeCoords = ROOT).
    for (const edge of node.edges ?? []) {
      const points = (edge.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);
      const label = edge.labels?.[0];
      edges.push({
        id: edge.id,
        from: edge.sources[0]!,
        to: edge.targets[0]!,
        points: points.map((p) => ({ x: p.x, y: p.y })),
        labelAt: label ? { x: (label.x ?? 0) + (label.width ?? 0) / 2, y: (label.y ?? 0) + (label.height ?? 0) / 2 } : undefined,
      });
    }
  };
  visit(root, 0, 0, undefined, 0);
  const order = new Map(model.edges.map((e, i) => [e.id, i]));
  edges.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { width: root.width ?? 0, height: root.height ?? 0, containers, nodes, edges };
}

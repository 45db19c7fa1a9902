import type { Box, LaidOutEdge, LaidOutElement, Layout } from '../architecture/model';
import { CONTAINER_PADDING } from './sizes';

/**
 * Geometric checks over a finished Layout, pure and framework-free, so tests can assert that
 * every diagram of every guide is drawable: nothing overlaps, children stay in their boxes,
 * edges start and end on the borders of their ends and never cut through a service.
 */

export type Point = { x: number; y: number };
export type Padding = { top: number; left: number; bottom: number; right: number };

export type GeometryProblemKind =
  | 'node-overlap' | 'container-overlap' | 'outside-parent' | 'edge-unrouted'
  | 'edge-start-detached' | 'edge-end-detached' | 'edge-through-node' | 'edge-not-orthogonal';

export type GeometryProblem = { kind: GeometryProblemKind; ids: string[]; message: string };

export type GeometryOptions = {
  /** slack in px for borders and containment; 1 by default */
  tolerance?: number;
  /** the inner padding children must respect; CONTAINER_PADDING by default, zeros to check bare containment */
  padding?: Padding;
};

const f = (n: number) => Math.round(n * 10) / 10;
const describe = (b: Box) => `(${f(b.x)},${f(b.y)} ${f(b.width)}×${f(b.height)})`;

/** True when the two boxes share more than `tol` px in both directions. */
export function boxesOverlap(a: Box, b: Box, tol = 0): boolean {
  const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return dx > tol && dy > tol;
}

/** True when `inner` lies inside `outer` shrunk by `padding` (give or take `tol`). */
export function boxContains(outer: Box, inner: Box, padding: Padding = { top: 0, left: 0, bottom: 0, right: 0 }, tol = 0): boolean {
  return (
    inner.x >= outer.x + padding.left - tol &&
    inner.y >= outer.y + padding.top - tol &&
    inner.x + inner.width <= outer.x + outer.width - padding.right + tol &&
    inner.y + inner.height <= outer.y + outer.height - padding.bottom + tol
  );
}

/** True when the point lies on the border of the box, within `tol` px either side of it. */
export function pointOnBorder(p: Point, box: Box, tol = 1): boolean {
  const inOuter = p.x >= box.x - tol && p.x <= box.x + box.width + tol && p.y >= box.y - tol && p.y <= box.y + box.height + tol;
  const inInner = p.x > box.x + tol && p.x < box.x + box.width - tol && p.y > box.y + tol && p.y < box.y + box.height - tol;
  return inOuter && !inInner;
}

/** True when the segment p→q enters the box's interior (the box shrunk by `tol`). Liang–Barsky clipping. */
export function segmentCrossesBox(p: Point, q: Point, box: Box, tol = 1): boolean {
  const x0 = box.x + tol, x1 = box.x + box.width - tol, y0 = box.y + tol, y1 = box.y + box.height - tol;
  if (x1 <= x0 || y1 <= y0) return false;
  const dx = q.x - p.x, dy = q.y - p.y;
  let t0 = 0, t1 = 1;
  const clips: [number, number][] = [[-dx, p.x - x0], [dx, x1 - p.x], [-dy, p.y - y0], [dy, y1 - p.y]];
  for (const [pk, qk] of clips) {
    if (pk === 0) {
      if (qk <= 0) return false;
      continue;
    }
    const t = qk / pk;
    if (pk < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/** Ids of the containers holding `id`, innermost first. */
export function ancestorsOf(id: string, layout: Layout): string[] {
  const parents = new Map([...layout.containers, ...layout.nodes].map((e) => [e.id, e.parent]));
  const chain: string[] = [];
  for (let p = parents.get(id); p && !chain.includes(p); p = parents.get(p)) chain.push(p);
  return chain;
}

/** Service nodes that overlap each other, and containers that overlap without one holding the other. */
export function findOverlaps(layout: Layout, tol = 1): GeometryProblem[] {
  const problems: GeometryProblem[] = [];
  const pairs = <T extends LaidOutElement>(list: T[], visit: (a: T, b: T) => void) => {
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) visit(list[i]!, list[j]!);
  };
  pairs(layout.nodes, (a, b) => {
    if (boxesOverlap(a, b, tol)) {
      problems.push({ kind: 'node-overlap', ids: [a.id, b.id], message: `nodes ${a.id} ${describe(a)} and ${b.id} ${describe(b)} overlap` });
    }
  });
  pairs(layout.containers, (a, b) => {
    if (ancestorsOf(a.id, layout).includes(b.id) || ancestorsOf(b.id, layout).includes(a.id)) return;
    if (boxesOverlap(a, b, tol)) {
      problems.push({ kind: 'container-overlap', ids: [a.id, b.id], message: `containers ${a.id} ${describe(a)} and ${b.id} ${describe(b)} overlap` });
    }
  });
  // A service node must not sit on a container that does not hold it.
  for (const n of layout.nodes) {
    const holders = new Set(ancestorsOf(n.id, layout));
    for (const c of layout.containers) {
      if (!holders.has(c.id) && boxesOverlap(n, c, tol)) {
        problems.push({ kind: 'container-overlap', ids: [n.id, c.id], message: `node ${n.id} ${describe(n)} overlaps container ${c.id} ${describe(c)} it is not in` });
      }
    }
  }
  return problems;
}

/** Children (nodes and containers) not inside their parent container's padded content box. */
export function findEscapes(layout: Layout, padding: Padding = CONTAINER_PADDING, tol = 1): GeometryProblem[] {
  const byId = new Map(layout.containers.map((c) => [c.id, c]));
  const problems: GeometryProblem[] = [];
  for (const child of [...layout.containers, ...layout.nodes]) {
    if (!child.parent) continue;
    const parent = byId.get(child.parent);
    if (!parent) {
      problems.push({ kind: 'outside-parent', ids: [child.id], message: `${child.id} names parent ${child.parent}, which is not laid out` });
    } else if (!boxContains(parent, child, padding, tol)) {
      problems.push({ kind: 'outside-parent', ids: [child.id, parent.id], message: `${child.id} ${describe(child)} is not inside ${parent.id} ${describe(parent)} with its padding` });
    }
  }
  return problems;
}

/** Edges whose route is missing, not orthogonal, or does not start/end on the borders of its ends. */
export function findDetachedEdges(layout: Layout, tol = 1): GeometryProblem[] {
  const boxes = new Map<string, Box>([...layout.containers, ...layout.nodes].map((e) => [e.id, e]));
  const problems: GeometryProblem[] = [];
  for (const e of layout.edges) {
    const first = e.points[0], last = e.points[e.points.length - 1];
    if (!first || !last || e.points.length < 2) {
      problems.push({ kind: 'edge-unrouted', ids: [e.id], message: `edge ${e.id} has no route` });
      continue;
    }
    const source = boxes.get(e.from), target = boxes.get(e.to);
    if (!source || !pointOnBorder(first, source, tol)) {
      problems.push({ kind: 'edge-start-detached', ids: [e.id, e.from], message: `edge ${e.id} starts at (${f(first.x)},${f(first.y)}), not on ${e.from} ${source ? describe(source) : '(missing)'}` });
    }
    if (!target || !pointOnBorder(last, target, tol)) {
      problems.push({ kind: 'edge-end-detached', ids: [e.id, e.to], message: `edge ${e.id} ends at (${f(last.x)},${f(last.y)}), not on ${e.to} ${target ? describe(target) : '(missing)'}` });
    }
    for (let i = 1; i < e.points.length; i++) {
      const p = e.points[i - 1]!, q = e.points[i]!;
      if (Math.abs(p.x - q.x) > tol && Math.abs(p.y - q.y) > tol) {
        problems.push({ kind: 'edge-not-orthogonal', ids: [e.id], message: `edge ${e.id} segment ${i} is diagonal` });
        break;
      }
    }
  }
  return problems;
}

/** Edges with a segment through a service node other than their own ends. */
export function findEdgesThroughNodes(layout: Layout, tol = 1): GeometryProblem[] {
  const problems: GeometryProblem[] = [];
  for (const e of layout.edges) {
    for (const n of layout.nodes) {
      if (n.id === e.from || n.id === e.to) continue;
      if (segments(e).some(([p, q]) => segmentCrossesBox(p, q, n, tol))) {
        problems.push({ kind: 'edge-through-node', ids: [e.id, n.id], message: `edge ${e.id} passes through node ${n.id} ${describe(n)}` });
      }
    }
  }
  return problems;
}

function segments(e: LaidOutEdge): [Point, Point][] {
  return e.points.slice(1).map((q, i) => [e.points[i]!, q]);
}

/** Every check above; an empty list means the diagram is clean. */
export function checkLayout(layout: Layout, options: GeometryOptions = {}): GeometryProblem[] {
  const tol = options.tolerance ?? 1;
  return [
    ...findOverlaps(layout, tol),
    ...findEscapes(layout, options.padding ?? CONTAINER_PADDING, tol),
    ...findDetachedEdges(layout, tol),
    ...findEdgesThroughNodes(layout, tol),
  ];
}

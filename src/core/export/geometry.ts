import type { Box, LaidOutEdge, Layout } from '../architecture/model';
import { EDGE_LABEL_HEIGHT, edgeLabelWidth } from '../layout/sizes';

/** Geometry the exporters share: edge routes with fallbacks, label boxes and content bounds. */

export type Point = { x: number; y: number };

/** An edge's route without repeated points; a straight elbow between the boxes when ELK gave none. */
export function edgeRoute(edge: LaidOutEdge, from: Box | undefined, to: Box | undefined): Point[] {
  const points = edge.points.filter((p, i, all) => i === 0 || p.x !== all[i - 1]!.x || p.y !== all[i - 1]!.y);
  if (points.length >= 2 || !from || !to) return points;
  const start = { x: from.x + from.width, y: from.y + from.height / 2 };
  const end = { x: to.x, y: to.y + to.height / 2 };
  const midX = (start.x + end.x) / 2;
  return start.y === end.y ? [start, end] : [start, { x: midX, y: start.y }, { x: midX, y: end.y }, end];
}

/** Where an edge's label sits: ELK's position, else the middle of the route's longest segment. */
export function labelCentre(edge: LaidOutEdge, route: Point[]): Point | undefined {
  if (edge.labelAt) return edge.labelAt;
  let best: Point | undefined;
  let bestLength = -1;
  for (let i = 1; i < route.length; i++) {
    const p = route[i - 1]!, q = route[i]!;
    const length = Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
    if (length > bestLength) {
      bestLength = length;
      best = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
    }
  }
  return best;
}

/** The box an edge label occupies, the same size the layout reserved for it. */
export function labelBox(text: string, centre: Point): Box {
  const width = edgeLabelWidth(text);
  return { x: centre.x - width / 2, y: centre.y - EDGE_LABEL_HEIGHT / 2, width, height: EDGE_LABEL_HEIGHT };
}

/** The smallest box holding the layout's own frame, every element, every route and label. */
export function contentBounds(layout: Layout, extra: Box[] = []): Box {
  let x0 = 0, y0 = 0, x1 = layout.width, y1 = layout.height;
  const grow = (x: number, y: number) => {
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  };
  for (const b of [...layout.containers, ...layout.nodes, ...extra]) {
    grow(b.x, b.y);
    grow(b.x + b.width, b.y + b.height);
  }
  for (const e of layout.edges) e.points.forEach((p) => grow(p.x, p.y));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Path data for an orthogonal route with corners rounded by up to `radius`. */
export function roundedPath(route: Point[], radius: number, fmt: (n: number) => string): string {
  if (route.length === 0) return '';
  const first = route[0]!;
  let d = `M${fmt(first.x)} ${fmt(first.y)}`;
  for (let i = 1; i < route.length; i++) {
    const p = route[i]!;
    const next = route[i + 1];
    if (!next) {
      d += ` L${fmt(p.x)} ${fmt(p.y)}`;
      break;
    }
    const prev = route[i - 1]!;
    const inLen = Math.hypot(p.x - prev.x, p.y - prev.y);
    const outLen = Math.hypot(next.x - p.x, next.y - p.y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    if (r <= 0.01) {
      d += ` L${fmt(p.x)} ${fmt(p.y)}`;
      continue;
    }
    const a = { x: p.x - ((p.x - prev.x) / inLen) * r, y: p.y - ((p.y - prev.y) / inLen) * r };
    const b = { x: p.x + ((next.x - p.x) / outLen) * r, y: p.y + ((next.y - p.y) / outLen) * r };
    d += ` L${fmt(a.x)} ${fmt(a.y)} Q${fmt(p.x)} ${fmt(p.y)} ${fmt(b.x)} ${fmt(b.y)}`;
  }
  return d;
}

import type { ArchEdge } from '../../../core/architecture/model';

export type Point = { x: number; y: number };

const round = (n: number) => Math.round(n * 100) / 100;
const same = (a: Point, b: Point) => Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01;

/** Points with repeats and collinear middles dropped, so corners are real bends. */
export function simplifyPoints(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    if (out.length > 0 && same(out[out.length - 1]!, p)) continue;
    if (out.length >= 2) {
      const a = out[out.length - 2]!, b = out[out.length - 1]!;
      const cross = (b.x - a.x) * (p.y - b.y) - (b.y - a.y) * (p.x - b.x);
      if (Math.abs(cross) < 0.01) out.pop();
    }
    out.push(p);
  }
  return out;
}

/**
 * SVG path data for a polyline, with each bend rounded by up to `radius` px (never more than
 * half of either neighbouring segment, so short jogs stay tidy). Empty for fewer than 2 points.
 */
export function svgPathFromPoints(points: readonly Point[], radius = 0): string {
  const pts = simplifyPoints(points);
  if (pts.length < 2) return '';
  const parts = [`M${round(pts[0]!.x)} ${round(pts[0]!.y)}`];
  for (let i = 1; i < pts.length - 1; i++) {
    const prev = pts[i - 1]!, at = pts[i]!, next = pts[i + 1]!;
    const inLen = Math.hypot(at.x - prev.x, at.y - prev.y);
    const outLen = Math.hypot(next.x - at.x, next.y - at.y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    if (r <= 0.01) {
      parts.push(`L${round(at.x)} ${round(at.y)}`);
      continue;
    }
    const before = { x: at.x - ((at.x - prev.x) / inLen) * r, y: at.y - ((at.y - prev.y) / inLen) * r };
    const after = { x: at.x + ((next.x - at.x) / outLen) * r, y: at.y + ((next.y - at.y) / outLen) * r };
    parts.push(`L${round(before.x)} ${round(before.y)}`, `Q${round(at.x)} ${round(at.y)} ${round(after.x)} ${round(after.y)}`);
  }
  const last = pts[pts.length - 1]!;
  parts.push(`L${round(last.x)} ${round(last.y)}`);
  return parts.join(' ');
}

/** Where to put an edge's label: ELK's spot if it gave one, else the middle of the longest segment. */
export function labelPoint(points: readonly Point[], labelAt?: Point): Point | undefined {
  if (labelAt) return labelAt;
  let best: Point | undefined;
  let bestLen = -1;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!, b = points[i]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len > bestLen) [bestLen, best] = [len, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }];
  }
  return best;
}

export type EdgeAppearance = {
  /** CSS class on the edge group: arch-edge--sync and so on */
  className: string;
  strokeWidth: number;
  /** stroke-dasharray, or undefined for a solid line */
  dash?: string;
  /** CSS variable holding the colour */
  colour: string;
  /** how the style is said in words, for labels and tooltips */
  meaning: string;
};

/** sync solid, async dashed, replication dotted in its own colour, network (a network path or a control link) thick. */
export const EDGE_APPEARANCE: Record<ArchEdge['style'], EdgeAppearance> = {
  sync: { className: 'arch-edge--sync', strokeWidth: 1.5, colour: 'var(--at-edge)', meaning: 'synchronous call' },
  async: { className: 'arch-edge--async', strokeWidth: 1.5, dash: '6 4', colour: 'var(--at-edge)', meaning: 'asynchronous message' },
  replication: { className: 'arch-edge--replication', strokeWidth: 1.75, dash: '1.5 4', colour: 'var(--at-edge-replication)', meaning: 'replication' },
  network: { className: 'arch-edge--network', strokeWidth: 3, colour: 'var(--at-edge-network)', meaning: 'network path or control link' },
};

export const edgeAppearance = (style: ArchEdge['style']): EdgeAppearance => EDGE_APPEARANCE[style] ?? EDGE_APPEARANCE.sync;

/**
 * The polyline with its last point pulled back along the last segment by `by` px (at most to
 * within 1px of the previous point), so a thick stroke stops where an arrowhead's base begins.
 */
export function trimEnd(points: readonly Point[], by: number): Point[] {
  const pts = simplifyPoints(points);
  if (pts.length < 2 || by <= 0) return pts;
  const a = pts[pts.length - 2]!, b = pts[pts.length - 1]!;
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  const cut = Math.min(by, Math.max(0, len - 1));
  if (len === 0 || cut === 0) return pts;
  return [...pts.slice(0, -1), { x: b.x - ((b.x - a.x) / len) * cut, y: b.y - ((b.y - a.y) / len) * cut }];
}

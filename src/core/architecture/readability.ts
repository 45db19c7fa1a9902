import type { Layout } from './model';

/**
 * How readable a drawing is on paper: its size, the smallest text once the whole drawing is
 * scaled to fit one page, and how often its edges cross. Used by `npm run bench` (the figures
 * of issue 10) and by the views' tests.
 *
 * Paper: A4 is 210 × 297 mm (ISO 216); with 15 mm margins the printable area is 180 × 267 mm.
 * The drawing is scaled to fit in portrait or landscape, whichever gives the larger scale (a
 * small drawing is enlarged, as a PDF page fitted to it would be). Text sizes are converted
 * with 1 pt = 25.4 / 72 mm.
 */

export const A4_PRINTABLE_MM = { width: 180, height: 267 } as const;
const MM_PER_PT = 25.4 / 72;

export type PrintFit = {
  /** the SVG's own size, px */
  width: number;
  height: number;
  orientation: 'portrait' | 'landscape';
  /** mm per px once fitted (natural size at 96 per inch is 0.2646) */
  mmPerPx: number;
  /** the smallest font size used in the drawing, px, and printed, pt */
  smallestTextPx: number;
  smallestTextPt: number;
};

/**
 * The smallest font size (px) a standalone SVG uses: from its stylesheet's classes that some
 * element carries, and from inline `font-size` attributes. Infinity when it has no text.
 */
export function smallestFontPx(svg: string): number {
  const used = new Set<string>();
  for (const m of svg.matchAll(/class="([^"]+)"/g)) for (const c of m[1]!.split(/\s+/)) used.add(c);
  let smallest = Number.POSITIVE_INFINITY;
  for (const m of svg.matchAll(/\.([\w-]+)\{[^}]*font-size:([\d.]+)px/g)) if (used.has(m[1]!)) smallest = Math.min(smallest, Number(m[2]));
  for (const m of svg.matchAll(/font-size="([\d.]+)"/g)) smallest = Math.min(smallest, Number(m[1]));
  return smallest;
}

/**
 * A drawing of `width` × `height` px scaled to fit the printable area of an A4 page, portrait
 * or landscape, whichever is larger: mm per px and the orientation.
 */
export function a4Scale(width: number, height: number): { mmPerPx: number; orientation: 'portrait' | 'landscape' } {
  const { width: w, height: h } = A4_PRINTABLE_MM;
  const portrait = Math.min(w / width, h / height);
  const landscape = Math.min(h / width, w / height);
  return { mmPerPx: Math.max(portrait, landscape), orientation: landscape > portrait ? 'landscape' : 'portrait' };
}

/** Text of `px` printed at `mmPerPx`, in points. */
export const printedPt = (px: number, mmPerPx: number): number => (px * mmPerPx) / MM_PER_PT;

/** The SVG fitted on the printable area of an A4 page (see the top of this file). Throws on an SVG without a width and height. */
export function fitOnA4(svg: string): PrintFit {
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  if (!size) throw new Error('fitOnA4: the SVG has no width and height');
  const width = Number(size[1]), height = Number(size[2]);
  const { mmPerPx, orientation } = a4Scale(width, height);
  const smallestTextPx = smallestFontPx(svg);
  return { width, height, orientation, mmPerPx, smallestTextPx, smallestTextPt: printedPt(smallestTextPx, mmPerPx) };
}

type Point = { x: number; y: number };
type Segment = [Point, Point];

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** Whether two segments cross at a point inside both (touching ends or overlapping runs do not count). */
function properlyCross([a, b]: Segment, [c, d]: Segment): boolean {
  const d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/**
 * Edge crossings of a layout: pairs of segments of two different edges that cross. Edges
 * sharing an end are still counted when they cross away from it (a fan that crosses itself
 * is still hard to follow).
 */
export function edgeCrossings(layout: Pick<Layout, 'edges'>): number {
  const routes = layout.edges.map((e) => {
    const segments: Segment[] = [];
    for (let i = 1; i < e.points.length; i++) segments.push([e.points[i - 1]!, e.points[i]!]);
    const xs = e.points.map((p) => p.x), ys = e.points.map((p) => p.y);
    return { segments, box: { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) } };
  });
  let count = 0;
  for (let i = 0; i < routes.length; i++) {
    for (let j = i + 1; j < routes.length; j++) {
      const a = routes[i]!, b = routes[j]!;
      if (a.box.x1 < b.box.x0 || b.box.x1 < a.box.x0 || a.box.y1 < b.box.y0 || b.box.y1 < a.box.y0) continue;
      for (const s of a.segments) for (const t of b.segments) if (properlyCross(s, t)) count++;
    }
  }
  return count;
}

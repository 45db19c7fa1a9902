import type { Layout } from '../architecture/model';
import { PRINT_WINDOW, printScale } from '../export/paper';
import { CAPTION_SIZE, NODE_SERVICE_SIZE } from './label-sizes';
import { NODE_HEIGHT, NODE_WIDTH } from './sizes';

/**
 * Whether a layout reads on one printed page (issue 10): the whole drawing fitted on a PDF
 * page (../export/paper.ts: 15 mm margins, a caption band, A4 and Letter alike) must set its
 * smallest text at 7 pt or more. ELK's default spacing is roomy; a drawing that misses this is
 * laid out again with DENSE_OPTIONS (see elk-layout.ts).
 */

/** The smallest printed text a reader can take in comfortably, pt (the bar). */
export const PRINT_MIN_PT = 7;

/** The smallest text a drawing sets, px: catalogue names and container captions (./label-sizes.ts). */
export const SMALLEST_TEXT_PX = Math.min(NODE_SERVICE_SIZE, CAPTION_SIZE);

/** The SVG export's margins around the layout, 8 px each side (export/svg.ts); the PDF sets the title as text. */
const FRAME = 16;

/**
 * Tighter spacing: gaps between layers and nodes down to 16 px (from 56 and 28), edges 6–10 px
 * apart, layers compacted towards shorter edges, each long edge's label in its least crowded
 * layer. On the composed five-guide logical view this took the printed text from 3.9 to 4.9 pt
 * (measured with `npm run bench`, scripts/bench-views.ts).
 */
export const DENSE_OPTIONS: Record<string, string> = {
  'elk.layered.spacing.nodeNodeBetweenLayers': '16',
  'elk.spacing.nodeNode': '16',
  'elk.spacing.edgeNode': '10',
  'elk.spacing.edgeEdge': '8',
  'elk.layered.spacing.edgeNodeBetweenLayers': '6',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '6',
  'elk.spacing.edgeLabel': '2',
  'elk.layered.compaction.postCompaction.strategy': 'EDGE_LENGTH',
  'elk.layered.edgeLabels.centerLabelPlacementStrategy': 'SPACE_EFFICIENT_LAYER',
};

/** pt per px once the layout, with the export's margins, is fitted on a PDF page (../export/paper.ts printScale). */
export const pageScale = (layout: Pick<Layout, 'width' | 'height'>): number => printScale(layout.width + FRAME, layout.height + FRAME);

/** Whether the layout's smallest text prints at PRINT_MIN_PT or more on one page, A4 or Letter. */
export const printsLegibly = (layout: Pick<Layout, 'width' | 'height'>): boolean => SMALLEST_TEXT_PX * pageScale(layout) >= PRINT_MIN_PT;

/** The drawing area (px²) one page holds with its smallest text at PRINT_MIN_PT, less the export's frame. */
export function legiblePageArea(): number {
  const ptPerPx = PRINT_MIN_PT / SMALLEST_TEXT_PX;
  return (PRINT_WINDOW[0] / ptPerPx - FRAME) * (PRINT_WINDOW[1] / ptPerPx - FRAME);
}

/**
 * Whether `services` boxes, each with a 16 px gap, could fit on one page at PRINT_MIN_PT at
 * all. Beyond that (about 59 services) no spacing helps, so the extra layouts are not tried.
 */
export function couldFitOnPage(services: number): boolean {
  return services * (NODE_WIDTH + 16) * (NODE_HEIGHT + 16) <= legiblePageArea();
}

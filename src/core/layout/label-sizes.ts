import type { ArchContainer, ArchNode } from '../architecture/model';
import { textWidth, wordLines } from '../export/text-metrics';
import { kindCaption } from '../export/theme';
import { CONTAINER_PADDING, NODE_HEIGHT, NODE_WIDTH } from './sizes';

/**
 * Boxes sized from their text, so no label is cut: a service's label and catalogue name wrap
 * at spaces onto as many lines as they need, and the box is widened (in 32 px steps, then to
 * the widest word) and made taller until they fit; a container is made wide enough for its
 * caption and its name wrapped at CONTAINER_LABEL_WRAP, and its top padding grows by a line
 * for each extra line of name. Everything here depends on the text alone (measured by
 * ../export/text-metrics.ts for the widest of the fonts that may draw it), so the sizes are
 * deterministic and part of the layout shape key. The SVG exporter draws these same lines.
 */

/** Where a service's text starts (after stripe and icon) and the room kept on its right, px. */
export const NODE_TEXT_LEFT = 56;
export const NODE_TEXT_RIGHT = 10;
/** Label 12.5 px semibold on 15 px lines; catalogue name 10.5 px regular on 13 px lines. */
export const NODE_LABEL_SIZE = 12.5;
export const NODE_SERVICE_SIZE = 10.5;
export const NODE_LABEL_LINE = 15;
export const NODE_SERVICE_LINE = 13;
/** Space kept above and below the text block of a box taller than NODE_HEIGHT. */
const NODE_TEXT_PAD = 9;
/** Widths tried in turn before a box grows taller: NODE_WIDTH, then 32 px steps. */
const NODE_WIDTH_STEPS = [NODE_WIDTH, 208, 240, 272];

/** A container's name: 12 px semibold on 15 px lines, wrapped at this width (px). */
export const CONTAINER_LABEL_SIZE = 12;
export const CONTAINER_LABEL_LINE = 15;
const CONTAINER_LABEL_WRAP = 260;
/**
 * The caption above it (REGION, VPC, PUBLIC SUBNET): 10.5 px bold, letter-spaced 0.06 em
 * (svg-style.ts). As small as the catalogue names and no smaller: at 8.5 px it was the
 * smallest text of every drawing with boxes, 1.6 pt once a five-guide drawing fits A4.
 */
export const CAPTION_SIZE = 10.5;
export const CAPTION_SPACING = 0.06;
/** Text inset from a container's left and right border. */
export const CONTAINER_TEXT_INSET = 12;

export type NodeText = { label: string[]; service: string[] };

/** True when the node shows its catalogue name under the label (it differs from the label). */
const showsService = (n: Pick<ArchNode, 'label' | 'serviceName'>) => Boolean(n.serviceName) && n.serviceName !== n.label;

/** A service's label and catalogue name wrapped at spaces for a box `width` px wide (never cut). */
export function nodeText(n: Pick<ArchNode, 'label' | 'serviceName'>, width: number): NodeText {
  const room = width - NODE_TEXT_LEFT - NODE_TEXT_RIGHT;
  return {
    label: wordLines(n.label, room, NODE_LABEL_SIZE, 'semibold'),
    service: showsService(n) ? wordLines(n.serviceName, room, NODE_SERVICE_SIZE) : [],
  };
}

/** Width in px of the widest line of `t`. */
export function nodeTextWidth(t: NodeText): number {
  return Math.max(0, ...t.label.map((l) => textWidth(l, NODE_LABEL_SIZE, 'semibold')), ...t.service.map((l) => textWidth(l, NODE_SERVICE_SIZE)));
}

/** Height in px of the lines of `t`, without padding. */
export const nodeTextHeight = (t: NodeText) => t.label.length * NODE_LABEL_LINE + t.service.length * NODE_SERVICE_LINE;

/**
 * The box (px) a service needs so its label and catalogue name show whole: the narrowest of
 * NODE_WIDTH_STEPS where no word overflows and the text takes at most three lines (two of
 * label) at NODE_HEIGHT; else at least the widest step, as wide as the widest word needs,
 * and as tall as the lines plus NODE_TEXT_PAD above and below.
 */
export function nodeSize(n: Pick<ArchNode, 'label' | 'serviceName'>): { width: number; height: number } {
  for (const width of NODE_WIDTH_STEPS) {
    const t = nodeText(n, width);
    const fitsWidth = nodeTextWidth(t) <= width - NODE_TEXT_LEFT - NODE_TEXT_RIGHT;
    if (fitsWidth && t.label.length <= 2 && t.label.length + t.service.length <= 3) return { width, height: NODE_HEIGHT };
  }
  const words = nodeTextWidth({ label: n.label.split(/\s+/), service: showsService(n) ? n.serviceName.split(/\s+/) : [] });
  const width = Math.max(NODE_WIDTH_STEPS.at(-1)!, Math.ceil((words + NODE_TEXT_LEFT + NODE_TEXT_RIGHT) / 8) * 8);
  return { width, height: Math.max(NODE_HEIGHT, Math.ceil(nodeTextHeight(nodeText(n, width)) + 2 * NODE_TEXT_PAD)) };
}

/** A container's name as drawn: wrapped at spaces at CONTAINER_LABEL_WRAP px, never cut. */
export const containerLabelLines = (label: string) => wordLines(label, CONTAINER_LABEL_WRAP, CONTAINER_LABEL_SIZE, 'semibold');

/**
 * What a container's header needs: its name's lines, the least width (px) that holds them
 * and the caption with CONTAINER_TEXT_INSET either side, and the top padding (px) that keeps
 * children below them (CONTAINER_PADDING.top for one line, a line more for each extra line).
 */
export function containerHeader(c: Pick<ArchContainer, 'label' | 'kind' | 'tier'>): { lines: string[]; minWidth: number; top: number } {
  const lines = containerLabelLines(c.label);
  const widest = Math.max(
    textWidth(kindCaption(c), CAPTION_SIZE, 'bold', CAPTION_SPACING),
    ...lines.map((l) => textWidth(l, CONTAINER_LABEL_SIZE, 'semibold')),
  );
  return {
    lines,
    minWidth: Math.ceil(widest) + 2 * CONTAINER_TEXT_INSET,
    top: CONTAINER_PADDING.top + Math.max(0, lines.length - 1) * CONTAINER_LABEL_LINE,
  };
}

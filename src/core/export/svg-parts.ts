import type { ArchContainer, ArchEdge, ArchNode, Box } from '../architecture/model';
import { isOffSheet } from '../architecture/off-sheet';
import { NODE_HEIGHT } from '../layout/sizes';
import { nodeIconSvg } from './icons';
import type { OfficialIcon } from './official-icons';
import { containerLook, kindCaption } from './theme';
import { ellipsize, textWidth, wrapText } from './text-metrics';
import {
  CAPTION_SIZE, CAPTION_SPACING, CONTAINER_LABEL_LINE, CONTAINER_LABEL_SIZE, CONTAINER_TEXT_INSET, NODE_LABEL_LINE as LABEL_LINE,
  NODE_LABEL_SIZE as LABEL_SIZE, NODE_SERVICE_LINE as SERVICE_LINE, NODE_SERVICE_SIZE as SERVICE_SIZE, NODE_TEXT_LEFT, NODE_TEXT_RIGHT,
  containerHeader, nodeText, nodeTextHeight, nodeTextWidth, type NodeText,
} from '../layout/label-sizes';
import { roundedPath, type Point } from './geometry';
import { escapeAttr, escapeXml, num } from './xml';

/** The SVG of each kind of element; svg.ts assembles them. Classes are styled by svg-style.ts. */

const tooltip = (lines: (string | undefined)[]) => `<title>${escapeXml(lines.filter(Boolean).join('\n'))}</title>`;

export function containerSvg(c: ArchContainer, box: Box, name: string): string {
  const look = containerLook(c);
  const caption = kindCaption(c);
  const inner = Math.max(box.width - 2 * CONTAINER_TEXT_INSET, 24);
  // The name's lines as the layout sized the box for them (../layout/label-sizes.ts); a box
  // laid out without them (narrower) gets one ellipsized line, the whole name in the tooltip.
  const header = containerHeader(c);
  const lines = box.width >= header.minWidth - 0.5 ? header.lines : [ellipsize(c.label, inner, CONTAINER_LABEL_SIZE, 'semibold')];
  const tx = num(box.x + CONTAINER_TEXT_INSET);
  const spans = lines.map((line, i) => `<tspan x="${tx}" y="${num(box.y + 30 + i * CONTAINER_LABEL_LINE)}">${escapeXml(line)}</tspan>`);
  const attrs = [
    `id="${name}"`, `class="container"`, `data-id="${escapeAttr(c.id)}"`, `data-kind="${c.kind}"`,
    ...(c.tier ? [`data-tier="${c.tier}"`] : []),
  ].join(' ');
  return [
    `<g ${attrs}>`,
    tooltip([`${c.label} (${caption.toLowerCase()})`, c.provenance.reason]),
    `<rect class="ct-box ct-${look}" x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="10"/>`,
    `<text class="ct-kind ck-${look}" x="${tx}" y="${num(box.y + 15)}">${escapeXml(ellipsize(caption, inner, CAPTION_SIZE, 'bold', CAPTION_SPACING))}</text>`,
    `<text class="ct-label">${spans.join('')}</text>`,
    `</g>`,
  ].join('');
}

/**
 * Lines of a node's label and catalogue name in a box `width` by `height` px: whole, wrapped
 * at spaces, as the layout sized the box (../layout/label-sizes.ts). A box too small for them
 * (laid out without them) keeps two lines of label and three in all, ellipsized; the node's
 * tooltip then holds the whole text.
 */
export function nodeLines(n: Pick<ArchNode, 'label' | 'serviceName'>, width: number, height = NODE_HEIGHT): NodeText {
  const room = width - NODE_TEXT_LEFT - NODE_TEXT_RIGHT;
  const whole = nodeText(n, width);
  if (nodeTextWidth(whole) <= room + 0.01 && nodeTextHeight(whole) <= height - 8) return whole;
  const label = wrapText(n.label, room, LABEL_SIZE, 2, 'semibold');
  const service = whole.service.length ? wrapText(n.serviceName, room, SERVICE_SIZE, 3 - label.length) : [];
  return { label, service };
}

export function nodeSvg(n: ArchNode, box: Box, name: string, icon?: OfficialIcon): string {
  const { x, y, width: w, height: h } = box;
  const cy = y + h / 2;
  const { label, service } = nodeLines(n, w, h);
  const blockHeight = label.length * LABEL_LINE + service.length * SERVICE_LINE;
  const top = cy - blockHeight / 2;
  const tx = num(x + NODE_TEXT_LEFT);
  const labelSpans = label.map((line, i) => `<tspan x="${tx}" y="${num(top + i * LABEL_LINE + 11.25)}">${escapeXml(line)}</tspan>`);
  const serviceTop = top + label.length * LABEL_LINE;
  const serviceSpans = service.map((line, i) => `<tspan x="${tx}" y="${num(serviceTop + i * SERVICE_LINE + 9.5)}">${escapeXml(line)}</tspan>`);
  const r = 6;
  const stripe = `M${num(x + r)} ${num(y)}V${num(y + h)}A${r} ${r} 0 0 1 ${num(x)} ${num(y + h - r)}V${num(y + r)}A${r} ${r} 0 0 1 ${num(x + r)} ${num(y)}Z`;
  const attrs = [
    `id="${name}"`, `class="${isOffSheet(n.id) ? 'node off-sheet' : 'node'}"`, `data-id="${escapeAttr(n.id)}"`, `data-service="${escapeAttr(n.service)}"`,
    `data-provider="${n.provider}"`, `data-category="${n.category}"`,
  ].join(' ');
  // After a provider switch: a corner badge where the equivalent behaves differently or is missing.
  const eq = n.provenance.equivalence;
  const badge = eq
    ? `<g class="equiv" data-equivalence="${eq.kind}"><rect x="${num(x + w - 22)}" y="${num(y - 7)}" width="18" height="14" rx="4" fill="${eq.kind === 'none' ? '#FDEEED' : '#FFF7E6'}" stroke="${eq.kind === 'none' ? '#C4352B' : '#F3C26B'}"/>` +
      `<text x="${num(x + w - 13)}" y="${num(y + 3.5)}" font-size="10" font-weight="700" text-anchor="middle" style="fill:${eq.kind === 'none' ? '#C4352B' : '#7A4A00'}">${eq.kind === 'none' ? '!' : '≈'}</text></g>`
    : '';
  return [
    `<g ${attrs}>`,
    tooltip([n.serviceName && n.serviceName !== n.label ? `${n.label}: ${n.serviceName}` : n.label, n.provenance.reason, eq?.note]),
    // An off-sheet connector is dashed by attribute, not by the stylesheet: svg-to-pdfkit (the PDF) reads no descendant selectors.
    `<rect class="node-box" x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="${r}"${isOffSheet(n.id) ? ' stroke-dasharray="5 3"' : ''}/>`,
    `<path class="pv-${n.provider}" d="${stripe}"/>`,
    // The provider's official icon where the caller loaded one, else the category glyph (./icons.ts).
    ...nodeIconSvg(n, x, cy, icon),
    `<text class="node-label">${labelSpans.join('')}</text>`,
    serviceSpans.length ? `<text class="node-service">${serviceSpans.join('')}</text>` : '',
    badge,
    `</g>`,
  ].join('');
}

export function edgeSvg(e: ArchEdge, route: Point[], name: string): string {
  const attrs = [
    `id="${name}"`, `class="edge"`, `data-id="${escapeAttr(e.id)}"`, `data-from="${escapeAttr(e.from)}"`,
    `data-to="${escapeAttr(e.to)}"`, `data-style="${e.style}"`,
  ].join(' ');
  const d = roundedPath(route, 6, num);
  return [
    `<g ${attrs}>`,
    tooltip([`${e.from} → ${e.to}${e.label ? `: ${e.label}` : ''} (${e.style})`]),
    `<path class="edge-line es-${e.style}" d="${d}" marker-end="url(#arrow-${e.style})"/>`,
    `</g>`,
  ].join('');
}

/** Width of the halo behind an edge label: the text at 11 px plus 4 px each side. */
export const edgeLabelHalo = (text: string) => Math.max(textWidth(text, 11) + 8, 12);

export function edgeLabelSvg(e: ArchEdge, box: Box, name: string): string {
  const text = e.label ?? '';
  // The layout reserved box.width for the text; the halo hugs the text we actually draw.
  const width = edgeLabelHalo(text);
  const cx = box.x + box.width / 2;
  return [
    `<g id="${name}" class="edge-label" data-edge="${escapeAttr(e.id)}">`,
    `<rect class="halo" x="${num(cx - width / 2)}" y="${num(box.y)}" width="${num(width)}" height="${num(box.height)}" rx="4"/>`,
    `<text class="edge-text el-${e.style}" x="${num(cx)}" y="${num(box.y + box.height / 2 + 3.9)}">${escapeXml(text)}</text>`,
    `</g>`,
  ].join('');
}

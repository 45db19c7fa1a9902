import type { Architecture, Box, Layout } from '../architecture/model';
import { contentBounds, edgeRoute, labelBox, labelCentre } from './geometry';
import { containerSvg, edgeLabelHalo, edgeLabelSvg, edgeSvg, nodeSvg } from './svg-parts';
import { textWidth, wrapText } from './text-metrics';
import { svgMarkers, svgStyle } from './svg-style';
import { iconSymbols } from './icons';
import type { OfficialIcons } from './official-icons';
import { FONT_FAMILY, palette, type ThemeName } from './theme';
import { escapeAttr, escapeXml, num, uniqueNames } from './xml';

export type SvgOptions = {
  theme: ThemeName;
  title?: string;
  /** official icons by service id (./official-icons.ts); services without one keep the category glyph */
  icons?: OfficialIcons;
};

/** Space around the content, beyond the layout's own padding. */
export const SVG_MARGIN = 8;
/** Height of the title band above the diagram when a title is given. */
export const SVG_TITLE_HEIGHT = 36;

/** The title: 16 px bold, inset 16 px from the margin, lines 20 px apart. */
const TITLE_SIZE = 16;
const TITLE_INSET = 16;
const TITLE_LINE = 20;
/** A title wider than the diagram widens the canvas up to this, then wraps (three lines at most). */
const TITLE_MAX_WIDTH = 720;

/** The title's lines for a diagram whose content is `contentWidth` wide, and the width they need. */
export function titleLines(title: string, contentWidth: number): { lines: string[]; width: number } {
  const room = Math.max(contentWidth - 2 * TITLE_INSET, Math.min(textWidth(title, TITLE_SIZE, 'bold'), TITLE_MAX_WIDTH));
  const lines = wrapText(title, room, TITLE_SIZE, 3, 'bold');
  return { lines, width: Math.max(0, ...lines.map((l) => textWidth(l, TITLE_SIZE, 'bold'))) };
}

/** The box an edge label draws: the room the layout reserved, or the halo around the text if wider. */
export function drawnLabelBox(text: string, centre: { x: number; y: number }): Box {
  const reserved = labelBox(text, centre);
  const width = Math.max(reserved.width, edgeLabelHalo(text));
  return { ...reserved, x: centre.x - width / 2, width };
}

/**
 * The viewBox of the exported SVG: all content plus margin, whole pixels, room for the
 * title above (as many lines as it wraps to) and as wide as the title's widest line.
 */
export function svgFrame(model: Architecture, layout: Layout, options: Pick<SvgOptions, 'title'> = {}): Box {
  const laidEdges = new Map(layout.edges.map((e) => [e.id, e]));
  const labels = model.edges.flatMap((e) => {
    const laid = laidEdges.get(e.id);
    const centre = laid && e.label ? labelCentre(laid, laid.points) : undefined;
    return centre && e.label ? [drawnLabelBox(e.label, centre)] : [];
  });
  const b = contentBounds(layout, labels);
  const heading = options.title ? titleLines(options.title, b.width) : undefined;
  const band = heading ? SVG_TITLE_HEIGHT + (heading.lines.length - 1) * TITLE_LINE : 0;
  const x = Math.floor(b.x - SVG_MARGIN);
  const y = Math.floor(b.y - SVG_MARGIN - band);
  const right = Math.max(b.x + b.width, heading ? b.x + 2 * TITLE_INSET + heading.width : 0);
  return { x, y, width: Math.ceil(right + SVG_MARGIN) - x, height: Math.ceil(b.y + b.height + SVG_MARGIN) - y };
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`toSvg: the layout has no ${what}; lay out this model before exporting it`);
  return value;
}

/**
 * The laid-out architecture as a standalone SVG document: embedded styles, inline icon
 * glyphs, no external references. Element order (and so the output) follows the model.
 */
/** The title's lines, as svgFrame made room for them. */
function titleSvg(title: string, frame: Box): string {
  const { lines } = titleLines(title, frame.width - 2 * SVG_MARGIN);
  const x = num(frame.x + SVG_MARGIN + TITLE_INSET);
  const spans = lines.map((line, i) => `<tspan x="${x}" y="${num(frame.y + SVG_MARGIN + 18 + i * TITLE_LINE)}">${escapeXml(line)}</tspan>`);
  return `<text class="title">${spans.join('')}</text>`;
}

export function toSvg(model: Architecture, layout: Layout, options: SvgOptions): string {
  const p = palette(options.theme);
  const frame = svgFrame(model, layout, options);
  const boxes = new Map<string, Box>([...layout.containers, ...layout.nodes].map((b) => [b.id, b]));
  const laidEdges = new Map(layout.edges.map((e) => [e.id, e]));
  const taken = new Set<string>(['diagram-title', 'diagram-desc', 'background', 'containers', 'edges', 'nodes', 'edge-labels']);
  const containerNames = uniqueNames('container-', model.containers.map((c) => c.id), taken);
  const nodeNames = uniqueNames('node-', model.nodes.map((n) => n.id), taken);
  const edgeNames = uniqueNames('edge-', model.edges.map((e) => e.id), taken);
  const labelNames = uniqueNames('label-', model.edges.map((e) => e.id), taken);

  // Containers parents-first (the layout's order), so nested boxes paint over their parents.
  const byId = new Map(model.containers.map((c) => [c.id, c]));
  const laidOrder = layout.containers.map((c) => c.id).filter((id) => byId.has(id));
  const containerOrder = [...laidOrder, ...model.containers.map((c) => c.id).filter((id) => !laidOrder.includes(id))];
  const containers = containerOrder.map((id) => containerSvg(byId.get(id)!, need(boxes.get(id), `box for container ${id}`), containerNames.get(id)!));

  const nodes = model.nodes.map((n) => nodeSvg(n, need(boxes.get(n.id), `box for node ${n.id}`), nodeNames.get(n.id)!, options.icons?.get(n.service)));
  const edges: string[] = [];
  const labels: string[] = [];
  for (const e of model.edges) {
    const laid = need(laidEdges.get(e.id), `route for edge ${e.id}`);
    const route = edgeRoute(laid, boxes.get(e.from), boxes.get(e.to));
    edges.push(edgeSvg(e, route, edgeNames.get(e.id)!));
    const centre = e.label ? labelCentre(laid, route) : undefined;
    if (e.label && centre) labels.push(edgeLabelSvg(e, labelBox(e.label, centre), labelNames.get(e.id)!));
  }

  const title = options.title ?? model.title;
  const desc = `Architecture diagram: ${model.nodes.length} services, ${model.containers.length} containers, ${model.edges.length} connections.`;
  const view = `${num(frame.x)} ${num(frame.y)} ${num(frame.width)} ${num(frame.height)}`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(frame.width)}" height="${num(frame.height)}" viewBox="${view}" ` +
      `role="img" aria-labelledby="diagram-title diagram-desc" font-family="${escapeAttr(FONT_FAMILY)}" data-theme="${options.theme}">`,
    `<title id="diagram-title">${escapeXml(title)}</title>`,
    `<desc id="diagram-desc">${escapeXml(desc)}</desc>`,
    `<defs>${svgStyle(p)}${svgMarkers()}${iconSymbols(model.nodes, options.icons)}</defs>`,
    p.background ? `<rect id="background" class="bg" x="${num(frame.x)}" y="${num(frame.y)}" width="${num(frame.width)}" height="${num(frame.height)}"/>` : '',
    options.title ? titleSvg(options.title, frame) : '',
    `<g id="containers">${containers.join('')}</g>`,
    `<g id="edges">${edges.join('')}</g>`,
    `<g id="nodes">${nodes.join('')}</g>`,
    `<g id="edge-labels">${labels.join('')}</g>`,
    `</svg>`,
  ].filter((line) => line !== '').join('\n') + '\n';
}

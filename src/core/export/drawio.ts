import type { ArchContainer, ArchEdge, ArchNode, Architecture, Box, Layout } from '../architecture/model';
import { edgeRoute, type Point } from './geometry';
import { DRAWIO_ICON_SIZE, cloudOf, nativeContainerStyle, nativeIconStyle } from './drawio-shapes';
import { iconSvg } from './icons';
import { drawioShape } from './official-icons';
import { CONTAINER_DASH, EDGE_STROKE, PROVIDER_COLOURS, containerLook, kindCaption, palette } from './theme';
import { escapeAttr, num } from './xml';

/**
 * The laid-out architecture as an uncompressed draw.io (diagrams.net) file. Containers are
 * container cells that hold their children, whose geometry is relative to the parent cell
 * (draw.io's rule), so dragging a VPC in diagrams.net drags what is inside it. Edges keep
 * ELK's route as waypoints, relative to the innermost container holding both ends.
 */

const LIGHT = palette('light');

/** draw.io style strings are `key=value;` lists: keep values free of `;` and `=`. */
const styleValue = (v: string) => v.replace(/[;=]/g, ' ');

/** HTML for a cell whose style has html=1: our text escaped once as HTML (the XML escaping comes later). */
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const base64 = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary);
};

function containerStyle(c: ArchContainer): string {
  const look = containerLook(c);
  const hue = LIGHT.containers[look];
  return [
    'rounded=1', 'arcSize=4', 'absoluteArcSize=1', 'whiteSpace=wrap', 'html=1', 'container=1', 'collapsible=0',
    'recursiveResize=0', 'verticalAlign=top', 'align=left', 'spacingLeft=10', 'spacingTop=4', 'fontStyle=1', 'fontSize=12',
    `strokeColor=${hue}`, `fillColor=${hue}`, 'fillOpacity=6', `fontColor=${LIGHT.text}`,
    ...(CONTAINER_DASH[look] ? ['dashed=1', `dashPattern=${CONTAINER_DASH[look]}`] : []),
  ].join(';') + ';';
}

/** A service card; with no native shape for the service, it carries the category glyph as an embedded image. */
function nodeStyle(n: ArchNode, native: boolean): string {
  const colour = PROVIDER_COLOURS[n.provider];
  const card = [
    'rounded=1', 'arcSize=6', 'absoluteArcSize=1', 'whiteSpace=wrap', 'html=1', 'align=left', 'spacingLeft=52',
    'fontSize=12', `fontColor=${LIGHT.text}`, `fillColor=${LIGHT.nodeFill}`, `strokeColor=${colour}`, 'strokeWidth=1.5',
  ];
  if (native) return card.join(';') + ';';
  return [
    'shape=label', ...card,
    `image=data:image/svg+xml,${base64(iconSvg(n.category, colour))}`, 'imageWidth=24', 'imageHeight=24', 'imageAlign=left',
    'imageVerticalAlign=middle', 'spacingTop=0',
  ].join(';') + ';';
}

function edgeStyle(e: ArchEdge, route: Point[], from: Box | undefined, to: Box | undefined): string {
  const { width, dash } = EDGE_STROKE[e.style];
  const anchor = (p: Point | undefined, b: Box | undefined, side: 'exit' | 'entry') => {
    if (!p || !b || b.width <= 0 || b.height <= 0) return [];
    const fx = Math.min(1, Math.max(0, (p.x - b.x) / b.width));
    const fy = Math.min(1, Math.max(0, (p.y - b.y) / b.height));
    return [`${side}X=${num(fx)}`, `${side}Y=${num(fy)}`, `${side}Dx=0`, `${side}Dy=0`, `${side}Perimeter=0`];
  };
  return [
    'edgeStyle=orthogonalEdgeStyle', 'rounded=1', 'orthogonalLoop=1', 'jettySize=auto', 'html=1', 'endArrow=block', 'endFill=1',
    `strokeColor=${LIGHT.edges[e.style]}`, `strokeWidth=${width}`, 'fontSize=11', `fontColor=${LIGHT.text}`,
    'labelBackgroundColor=#FFFFFF',
    ...(dash ? ['dashed=1', `dashPattern=${dash}`] : []),
    ...anchor(route[0], from, 'exit'),
    ...anchor(route[route.length - 1], to, 'entry'),
  ].join(';') + ';';
}

/** Cell ids: `c:`/`n:`/`e:` plus the model id (`i:` for a service's native icon), which never clash with the root cells 0 and 1. */
const cellId = (kind: 'c' | 'n' | 'e' | 'i', id: string) => `${kind}:${id}`;

/**
 * One cell wrapped in a UserObject, as diagrams.net saves cells with a tooltip or data:
 * the label and tooltip live on the wrapper, our own fields show under "Edit Data".
 */
function cell(id: string, label: string, data: Record<string, string>, cellAttrs: Record<string, string>, geometry: string): string {
  const attrs = (o: Record<string, string>) => Object.entries(o).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  return `<UserObject id="${escapeAttr(id)}" label="${escapeAttr(label)}"${attrs(data)}><mxCell${attrs(cellAttrs)}>${geometry}</mxCell></UserObject>`;
}

export function toDrawio(model: Architecture, layout: Layout): string {
  // Containers use the cloud's own group shapes (AWS region, VPC, subnets; GCP zones) where draw.io has them.
  const cloud = cloudOf(model);
  const boxes = new Map<string, Box>([...layout.containers, ...layout.nodes].map((b) => [b.id, b]));
  const containerIds = new Set(model.containers.map((c) => c.id));
  const parentOf = new Map<string, string | undefined>([...model.containers, ...model.nodes].map((x) => [x.id, x.parent]));
  const box = (id: string) => {
    const b = boxes.get(id);
    if (!b) throw new Error(`toDrawio: the layout has no box for ${id}; lay out this model before exporting it`);
    return b;
  };
  const cellParent = (parent: string | undefined) => (parent && containerIds.has(parent) ? cellId('c', parent) : '1');
  const geometry = (b: Box, parent: string | undefined) => {
    const origin = parent && containerIds.has(parent) ? box(parent) : { x: 0, y: 0 };
    return `<mxGeometry x="${num(b.x - origin.x)}" y="${num(b.y - origin.y)}" width="${num(b.width)}" height="${num(b.height)}" as="geometry"/>`;
  };
  const ancestors = (id: string) => {
    const chain: string[] = [];
    for (let p = parentOf.get(id); p && !chain.includes(p); p = parentOf.get(p)) chain.push(p);
    return chain;
  };

  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>'];
  // Parents first (the layout's order), as draw.io needs a parent cell before its children.
  const laidOrder = layout.containers.map((c) => c.id).filter((id) => containerIds.has(id));
  const byId = new Map(model.containers.map((c) => [c.id, c]));
  for (const id of [...laidOrder, ...model.containers.map((c) => c.id).filter((x) => !laidOrder.includes(x))]) {
    const c = byId.get(id)!;
    const value = `<font style="font-size:8px" color="${LIGHT.containers[containerLook(c)]}">${html(kindCaption(c))}</font><br>${html(c.label)}`;
    cells.push(cell(
      cellId('c', c.id), value,
      { tooltip: c.provenance.reason, kind: c.kind, ...(c.tier ? { tier: c.tier } : {}) },
      { style: nativeContainerStyle(c, cloud) ?? containerStyle(c), vertex: '1', parent: cellParent(c.parent) },
      geometry(box(c.id), c.parent),
    ));
  }
  for (const n of model.nodes) {
    const service = n.serviceName && n.serviceName !== n.label ? `<br><font style="font-size:10px" color="${LIGHT.muted}">${html(n.serviceName)}</font>` : '';
    const value = `<b>${html(n.label)}</b>${service}`;
    const shape = drawioShape(n.service);
    cells.push(cell(
      cellId('n', n.id), value,
      { tooltip: n.provenance.reason, service: n.service, provider: n.provider, category: n.category },
      { style: nodeStyle(n, shape !== undefined), vertex: '1', parent: cellParent(n.parent) },
      geometry(box(n.id), n.parent),
    ));
    // draw.io's own shape for the service, as a child of the card so it moves with it and can be edited or swapped.
    if (shape) {
      const h = box(n.id).height;
      cells.push(`<mxCell id="${escapeAttr(cellId('i', n.id))}" value="" style="${escapeAttr(nativeIconStyle(shape))}" vertex="1" parent="${escapeAttr(cellId('n', n.id))}">` +
        `<mxGeometry x="12" y="${num((h - DRAWIO_ICON_SIZE) / 2)}" width="${DRAWIO_ICON_SIZE}" height="${DRAWIO_ICON_SIZE}" as="geometry"/></mxCell>`);
    }
  }
  const laidEdges = new Map(layout.edges.map((e) => [e.id, e]));
  for (const e of model.edges) {
    const laid = laidEdges.get(e.id);
    if (!laid) throw new Error(`toDrawio: the layout has no route for edge ${e.id}`);
    const from = boxes.get(e.from), to = boxes.get(e.to);
    const route = edgeRoute(laid, from, to);
    // The innermost container holding both ends (and neither end itself) owns the edge.
    const theirs = new Set(ancestors(e.to));
    const owner = ancestors(e.from).find((c) => theirs.has(c) && c !== e.from && c !== e.to);
    const origin = owner ? box(owner) : { x: 0, y: 0 };
    const waypoints = route.slice(1, -1).map((p) => `<mxPoint x="${num(p.x - origin.x)}" y="${num(p.y - origin.y)}"/>`);
    const points = waypoints.length ? `<Array as="points">${waypoints.join('')}</Array>` : '';
    const source = containerIds.has(e.from) ? cellId('c', e.from) : cellId('n', e.from);
    const target = containerIds.has(e.to) ? cellId('c', e.to) : cellId('n', e.to);
    cells.push(cell(
      cellId('e', e.id), html(e.label ?? ''),
      { tooltip: e.provenance.reason, flow: e.style },
      { style: edgeStyle(e, route, from, to), edge: '1', parent: owner ? cellId('c', owner) : '1', source, target },
      `<mxGeometry relative="1" as="geometry">${points}</mxGeometry>`,
    ));
  }

  const name = escapeAttr(styleValue(model.title) || 'Architecture');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<mxfile host="Archtree" agent="Archtree" type="device" compressed="false">`,
    `  <diagram id="archtree" name="${name}">`,
    `    <mxGraphModel dx="0" dy="0" grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" ` +
      `pageWidth="${Math.ceil(layout.width)}" pageHeight="${Math.ceil(layout.height)}" math="0" shadow="0">`,
    '      <root>',
    ...cells.map((c) => `        ${c}`),
    '      </root>',
    '    </mxGraphModel>',
    '  </diagram>',
    '</mxfile>',
    '',
  ].join('\n');
}


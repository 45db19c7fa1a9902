import type { ArchContainer, ArchEdge, ArchNode, Architecture } from '../architecture/model';
import { CONTAINER_DASH, EDGE_STROKE, containerLook, kindCaption, palette } from './theme';

/**
 * The architecture as D2 (https://d2lang.com), the text-to-diagram language: every container
 * (Region, VPC, AZ, subnet tier…) a nested map, every service a shape labelled with its name
 * and catalogue name, every flow a connection with its label, drawn in the light theme's
 * colours and the SVG's line styles (sync solid, async dashed, replication dotted, network
 * heavy). Renders with `d2 file.d2 out.svg`; D2 lays it out itself (dagre or ELK), so the
 * file carries no coordinates. The view exported is the one given (../architecture/views.ts).
 *
 * Keys are flat identifiers with a prefix (`svc_`, `box_`), so none is one of D2's reserved
 * words (label, shape, style, near…); labels are double-quoted strings with `"`, `\`, `$`
 * (D2's substitutions) and line ends escaped. Pure: the same model gives the same text.
 */

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '\\$').replace(/\r?\n|\r/g, '\\n')}"`;

/** `compute/task-a` → `svc_compute_task_a`, unique among all keys. */
function keys(model: Architecture): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  const add = (id: string, prefix: string) => {
    const base = `${prefix}${id.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '')}`;
    let key = base;
    for (let i = 2; taken.has(key.toLowerCase()); i++) key = `${base}_${i}`;
    taken.add(key.toLowerCase());
    out.set(id, key);
  };
  model.containers.forEach((c) => add(c.id, 'box_'));
  model.nodes.forEach((n) => add(n.id, 'svc_'));
  return out;
}

const COLOURS = palette('light');

export function toD2(model: Architecture): string {
  const key = keys(model);
  const parents = new Map<string, string | undefined>([...model.containers, ...model.nodes].map((e) => [e.id, e.parent]));
  /** The dotted path D2 addresses an element by: its containers' keys, outermost first. */
  const path = (id: string): string => {
    const chain = [key.get(id)!];
    for (let p = parents.get(id); p && key.has(p); p = parents.get(p)) chain.unshift(key.get(p)!);
    return chain.join('.');
  };
  const lines: string[] = [
    `# ${model.title.replace(/[\r\n]+/g, ' ')}`,
    '# Written by Archtree from its architecture model. Render: d2 this-file.d2 out.svg',
    'direction: right',
    '',
    `diagram_title: ${quote(model.title)} {`,
    '  shape: text',
    '  near: top-center',
    '  style.font-size: 20',
    '  style.bold: true',
    '}',
    '',
  ];
  const children = (parent: string | undefined) => ({
    boxes: model.containers.filter((c) => c.parent === parent),
    services: model.nodes.filter((n) => n.parent === parent),
  });
  const write = (parent: string | undefined, depth: number) => {
    const pad = '  '.repeat(depth);
    const { boxes, services } = children(parent);
    for (const c of boxes) {
      lines.push(`${pad}${key.get(c.id)}: ${quote(`${kindCaption(c)}\n${c.label}`)} {`, ...boxStyle(c).map((l) => `${pad}  ${l}`));
      write(c.id, depth + 1);
      lines.push(`${pad}}`);
    }
    for (const n of services) lines.push(`${pad}${key.get(n.id)}: ${quote(nodeLabel(n))} {`, ...nodeBody(n).map((l) => `${pad}  ${l}`), `${pad}}`);
  };
  write(undefined, 0);
  // Services under a container the model does not have are drawn at the top level, not lost.
  for (const n of model.nodes.filter((x) => x.parent !== undefined && !key.has(x.parent))) {
    parents.set(n.id, undefined);
    lines.push(`${key.get(n.id)}: ${quote(nodeLabel(n))} {`, ...nodeBody(n).map((l) => `  ${l}`), '}');
  }
  lines.push('');
  for (const e of model.edges) {
    if (!key.has(e.from) || !key.has(e.to)) continue;
    lines.push(`${path(e.from)} -> ${path(e.to)}${e.label ? `: ${quote(e.label)}` : ''} {`, ...edgeStyle(e).map((l) => `  ${l}`), '}');
  }
  return `${lines.join('\n')}\n`;
}

const nodeLabel = (n: ArchNode) => (n.serviceName && n.serviceName !== n.label ? `${n.label}\n${n.serviceName}` : n.label);

function nodeBody(n: ArchNode): string[] {
  return [
    'shape: rectangle',
    `tooltip: ${quote(n.provenance.reason)}`,
    `style.fill: ${quote(COLOURS.nodeFill)}`,
    `style.stroke: ${quote(COLOURS.nodeStroke)}`,
    `style.border-radius: 6`,
  ];
}

function boxStyle(c: ArchContainer): string[] {
  const look = containerLook(c);
  const dash = CONTAINER_DASH[look];
  return [
    `style.stroke: ${quote(COLOURS.containers[look] ?? COLOURS.muted)}`,
    `style.fill: ${quote('#F8FAFC')}`,
    ...(dash ? [`style.stroke-dash: ${Math.round(Number(dash.split(' ')[0]) / 2)}`] : []),
  ];
}

function edgeStyle(e: ArchEdge): string[] {
  const stroke = EDGE_STROKE[e.style];
  return [
    `style.stroke: ${quote(COLOURS.edges[e.style])}`,
    `style.stroke-width: ${Math.max(1, Math.round(stroke.width))}`,
    ...(stroke.dash ? [`style.stroke-dash: ${e.style === 'replication' ? 1 : 3}`] : []),
  ];
}

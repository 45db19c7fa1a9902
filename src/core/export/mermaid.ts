import type { ArchContainer, ArchNode, Architecture } from '../architecture/model';
import { PROVIDER_COLOURS, containerLook, palette } from './theme';

/**
 * A Mermaid flowchart of the architecture (renders on GitHub and in most doc tools):
 * containers as nested subgraphs, services as nodes, edges with their labels. Async and
 * replication flows are dotted, network links thick. Mermaid does its own layout.
 */

const RESERVED = new Set(['end', 'graph', 'flowchart', 'subgraph', 'style', 'class', 'classdef', 'click', 'linkstyle', 'default', 'direction']);

/** Mermaid ids: ASCII letters, digits and `_`, prefixed so none is a keyword or starts like an edge (o/x). */
function mermaidIds(prefix: string, ids: string[], taken: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of ids) {
    const base = `${prefix}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
    let name = base;
    for (let i = 2; taken.has(name.toLowerCase()) || RESERVED.has(name.toLowerCase()); i++) name = `${base}_${i}`;
    taken.add(name.toLowerCase());
    out.set(id, name);
  }
  return out;
}

/**
 * Text inside a quoted Mermaid label. Mermaid's entity codes (`#quot;`, `#35;`…) stand in
 * for characters that would end the string or be read as HTML; line breaks become <br/>.
 */
export function mermaidText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/#/g, '#35;')
    .replace(/&/g, '#38;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/[|`]/g, (c) => `#${c.codePointAt(0)};`)
    .replace(/\r\n?|\n/g, '<br/>');
}

function nodeLabel(n: ArchNode): string {
  const service = n.serviceName && n.serviceName !== n.label ? `<br/><small>${mermaidText(n.serviceName)}</small>` : '';
  return `"${mermaidText(n.label)}${service}"`;
}

export function toMermaid(model: Architecture): string {
  const taken = new Set<string>();
  const cIds = mermaidIds('c', model.containers.map((c) => c.id), taken);
  const nIds = mermaidIds('n', model.nodes.map((n) => n.id), taken);
  const idOf = (id: string) => cIds.get(id) ?? nIds.get(id);
  const known = new Set([...cIds.keys(), ...nIds.keys()]);
  const containerOf = (parent: string | undefined) => (parent && cIds.has(parent) ? parent : undefined);

  const lines: string[] = [];
  if (model.title) lines.push('---', `title: ${JSON.stringify(model.title)}`, '---');
  lines.push('flowchart LR');

  const childContainers = (parent: string | undefined) => model.containers.filter((c) => containerOf(c.parent) === parent);
  const childNodes = (parent: string | undefined) => model.nodes.filter((n) => containerOf(n.parent) === parent);
  const seen = new Set<string>();
  const emit = (parent: string | undefined, indent: string) => {
    for (const c of childContainers(parent)) {
      if (seen.has(c.id)) continue; // a parent cycle cannot nest forever
      seen.add(c.id);
      lines.push(`${indent}subgraph ${cIds.get(c.id)}["${mermaidText(c.label)}"]`);
      emit(c.id, `${indent}  `);
      lines.push(`${indent}end`);
    }
    for (const n of childNodes(parent)) lines.push(`${indent}${nIds.get(n.id)}${nodeShape(n)}`);
  };
  emit(undefined, '  ');

  const arrows = { sync: '-->', async: '-.->', replication: '-.->', network: '==>' } as const;
  const edges = model.edges.filter((e) => known.has(e.from) && known.has(e.to));
  for (const e of edges) {
    const label = e.label ? `|"${mermaidText(e.label)}"|` : '';
    lines.push(`  ${idOf(e.from)} ${arrows[e.style]}${label} ${idOf(e.to)}`);
  }

  // Colours: provider accents on services, container looks on subgraphs, replication in its own hue.
  const light = palette('light');
  const providers = [...new Set(model.nodes.map((n) => n.provider))].sort();
  for (const p of providers) lines.push(`  classDef ${p} stroke:${PROVIDER_COLOURS[p]},stroke-width:2px`);
  for (const p of providers) {
    lines.push(`  class ${model.nodes.filter((n) => n.provider === p).map((n) => nIds.get(n.id)).join(',')} ${p}`);
  }
  const looks = [...new Set(model.containers.map((c) => containerLook(c)))].sort();
  for (const look of looks) {
    const hue = light.containers[look];
    const ids = model.containers.filter((c: ArchContainer) => containerLook(c) === look).map((c) => cIds.get(c.id));
    lines.push(`  classDef ${look.replace(/-/g, '_')} fill:${hue}0F,stroke:${hue}`, `  class ${ids.join(',')} ${look.replace(/-/g, '_')}`);
  }
  const replication = edges.flatMap((e, i) => (e.style === 'replication' ? [i] : []));
  if (replication.length) lines.push(`  linkStyle ${replication.join(',')} stroke:${light.edges.replication}`);
  return lines.join('\n') + '\n';
}

function nodeShape(n: ArchNode): string {
  const label = nodeLabel(n);
  if (n.category === 'database') return `[(${label})]`;
  if (n.category === 'client') return `([${label}])`;
  return `[${label}]`;
}

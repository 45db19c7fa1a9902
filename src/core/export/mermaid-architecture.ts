import type { ArchContainer, ArchNode, Architecture } from '../architecture/model';
import type { Category } from '../catalog/schema';

/**
 * The architecture as a Mermaid `architecture-beta` diagram: containers as nested groups,
 * services with an icon, flows as arrows. It uses only the icons Mermaid ships with (cloud,
 * database, disk, internet, server), so it renders wherever architecture-beta does, with no
 * icon pack to register; the flowchart export (./mermaid.ts) stays for tools without it.
 * architecture-beta has no edge labels, so the flow's label and kind go in a comment above
 * the arrow. Deterministic: the output follows the model's order.
 */

/** Mermaid's built-in architecture icons, chosen per catalogue category. */
const CATEGORY_ICON: Record<Category, 'cloud' | 'database' | 'disk' | 'internet' | 'server'> = {
  compute: 'server', containers: 'server', serverless: 'server', database: 'database', cache: 'database', storage: 'disk',
  analytics: 'database', messaging: 'server', streaming: 'server', integration: 'server', networking: 'internet', edge: 'internet',
  security: 'server', identity: 'server', observability: 'server', management: 'server', client: 'internet', 'on-prem': 'server',
};

/** Ids: `[\w]([-\w]*\w)?` in the grammar; prefixed so none is a keyword (group, service, in, junction). */
function ids(prefix: string, list: string[], taken: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of list) {
    const base = `${prefix}_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let name = base;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}_${i}`;
    taken.add(name.toLowerCase());
    out.set(id, name);
  }
  return out;
}

/** A [title]: the grammar ends it at a bracket or a line break, so those become ( ) and spaces. */
export const architectureTitle = (text: string): string =>
  text.replace(/[\u0000-\u001F\u007F]+/g, ' ').replace(/\[/g, '(').replace(/\]/g, ')').replace(/\s+/g, ' ').trim() || ' ';

const comment = (text: string) => text.replace(/[\r\n]+/g, ' ').replace(/%%/g, '%');

export function toMermaidArchitecture(model: Architecture): string {
  const taken = new Set<string>();
  const groupIds = ids('g', model.containers.map((c) => c.id), taken);
  const serviceIds = ids('s', model.nodes.map((n) => n.id), taken);
  const lines = ['architecture-beta', `  title ${comment(model.title || 'Architecture')}`];

  // Groups parents-first: a group may only be placed `in` one already declared.
  const byId = new Map(model.containers.map((c) => [c.id, c]));
  const declared = new Set<string>();
  const declare = (c: ArchContainer, seen: Set<string>) => {
    if (declared.has(c.id) || seen.has(c.id)) return;
    seen.add(c.id);
    const parent = c.parent ? byId.get(c.parent) : undefined;
    if (parent) declare(parent, seen);
    declared.add(c.id);
    const inside = parent ? ` in ${groupIds.get(parent.id)}` : '';
    lines.push(`  group ${groupIds.get(c.id)}(cloud)[${architectureTitle(c.label)}]${inside}`);
  };
  for (const c of model.containers) declare(c, new Set());

  const service = (n: ArchNode) => {
    const inside = n.parent && groupIds.has(n.parent) ? ` in ${groupIds.get(n.parent)}` : '';
    const title = n.serviceName && n.serviceName !== n.label ? `${n.label} (${n.serviceName})` : n.label;
    return `  service ${serviceIds.get(n.id)}(${CATEGORY_ICON[n.category] ?? 'server'})[${architectureTitle(title)}]${inside}`;
  };
  lines.push(...model.nodes.map(service));

  // Flows left to right. architecture-beta joins services only, so a flow to or from a whole
  // container (e.g. replication between regions) is kept as a comment.
  for (const e of model.edges) {
    const from = serviceIds.get(e.from), to = serviceIds.get(e.to);
    const what = comment(`${e.label ? `${e.label}, ` : ''}${e.style}`);
    if (!from || !to || e.from === e.to) lines.push(`  %% ${comment(`${e.from} to ${e.to}`)} (${what}): between containers, not drawn`);
    else lines.push(`  %% ${what}`, `  ${from}:R --> L:${to}`);
  }
  return lines.join('\n') + '\n';
}

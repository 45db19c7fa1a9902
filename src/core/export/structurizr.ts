import type { ArchContainer, ArchNode, Architecture } from '../architecture/model';
import { INFRASTRUCTURE_CATEGORIES, projectView } from '../architecture/views';

/**
 * The architecture as a Structurizr DSL workspace (https://docs.structurizr.com/dsl/language):
 *
 * - model: the users as a `person`; other generic outsiders (partners, on-premises systems)
 *   as external `softwareSystem`s; the services of the logical view (../architecture/views.ts)
 *   as `container`s of one software system, with their flows as relationships
 * - a `deploymentEnvironment` from the deployment view: each region, VPC, AZ and subnet tier
 *   a `deploymentNode`, each service placed in it a `containerInstance`, and the network
 *   plumbing the logical view leaves out (gateways, DNS, VPNs) an `infrastructureNode`, with
 *   the relationships that touch the infrastructure
 * - views: a `container` view (logical) and a `deployment` view, both `include *`
 *
 * Identifiers are flat (`[A-Za-z0-9_]`), unique, and declared before any relationship uses
 * them. Pure: the same model gives the same text.
 */

const quote = (s: string) => `"${s.replace(/[\r\n]+/g, ' ').replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Flat identifiers from model ids: `compute/task-a` → `compute_task_a`, made unique. */
class Identifiers {
  private readonly byId = new Map<string, string>();
  private readonly taken = new Set<string>(['workspace', 'model', 'views', 'architecture', 'deployment']);
  of(id: string, prefix = ''): string {
    const known = this.byId.get(id);
    if (known) return known;
    let base = `${prefix}${id}`.replace(/^instance:/, 'instance_').replace(/^@/, 'shared_').replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'element';
    if (/^\d/.test(base)) base = `e_${base}`;
    let name = base;
    for (let i = 2; this.taken.has(name.toLowerCase()); i++) name = `${base}_${i}`;
    this.taken.add(name.toLowerCase());
    this.byId.set(id, name);
    return name;
  }
  has(id: string): boolean {
    return this.byId.has(id);
  }
}

const isPerson = (n: ArchNode) => n.service === 'generic.users';
/** Outsiders drawn by the guides as generic clients or on-premises systems: not part of the architecture being built. */
const isExternal = (n: ArchNode) => !isPerson(n) && n.provider === 'generic' && (n.category === 'client' || n.category === 'on-prem');

const CONTAINER_TECHNOLOGY: Record<ArchContainer['kind'], string> = {
  cloud: 'Cloud', region: 'Region', vpc: 'VPC', az: 'Availability Zone', subnet: 'Subnet', account: 'Account',
  'on-prem': 'On-premises', cluster: 'Cluster', group: 'Group',
};

export function toStructurizr(model: Architecture): string {
  const logical = projectView(model, 'logical');
  const deployment = projectView(model, 'deployment');
  const ids = new Identifiers();
  const lines: string[] = [];
  const out = (depth: number, text: string) => lines.push(`${'    '.repeat(depth)}${text}`);
  const system = 'architecture';

  out(0, `workspace ${quote(model.title)} ${quote('Composed by Archtree from its guides; every element says which guide and answers put it there.')} {`);
  out(1, 'model {');
  const logicalNodes = logical.nodes;
  const software = new Set<string>();
  for (const n of logicalNodes.filter(isPerson)) out(2, `${ids.of(n.id)} = person ${quote(n.label)} ${quote(n.provenance.reason)}`);
  for (const n of logicalNodes.filter(isExternal)) out(2, `${ids.of(n.id)} = softwareSystem ${quote(n.label)} ${quote(n.provenance.reason)} ${quote(`External,${n.category}`)}`);
  out(2, `${system} = softwareSystem ${quote(model.title)} {`);
  for (const n of logicalNodes.filter((x) => !isPerson(x) && !isExternal(x))) {
    software.add(n.id);
    out(3, `${ids.of(n.id)} = container ${quote(n.label)} ${quote(n.provenance.reason)} ${quote(n.serviceName)} ${quote(`${n.provider},${n.category},guide:${n.provenance.guide}`)}`);
  }
  out(2, '}');
  for (const e of logical.edges) {
    if (!ids.has(e.from) || !ids.has(e.to)) continue;
    out(2, `${ids.of(e.from)} -> ${ids.of(e.to)} ${quote(e.label ?? '')} "" ${quote(e.style)}`);
  }

  // The deployment environment: deployment nodes nested as the deployment view nests its boxes.
  out(2, `${ids.of('@deployment', 'env_')} = deploymentEnvironment ${quote('Deployment')} {`);
  const children = new Map<string | undefined, ArchContainer[]>();
  for (const c of deployment.containers) children.set(c.parent, [...(children.get(c.parent) ?? []), c]);
  const nodesIn = new Map<string | undefined, ArchNode[]>();
  for (const n of deployment.nodes) nodesIn.set(n.parent, [...(nodesIn.get(n.parent) ?? []), n]);
  const instances = new Map<string, string>();
  const place = (n: ArchNode, depth: number) => {
    if (software.has(n.id)) {
      const id = ids.of(`instance:${n.id}`);
      instances.set(n.id, id);
      out(depth, `${id} = containerInstance ${ids.of(n.id)}`);
    } else if (!isPerson(n) && !(isExternal(n) && ids.has(n.id))) {
      const id = ids.of(n.id);
      instances.set(n.id, id);
      out(depth, `${id} = infrastructureNode ${quote(n.label)} ${quote(n.provenance.reason)} ${quote(n.serviceName)} ${quote(`${n.provider},${n.category}`)}`);
    }
  };
  const visit = (c: ArchContainer, depth: number) => {
    const id = ids.of(c.id, 'node_');
    instances.set(c.id, id);
    out(depth, `${id} = deploymentNode ${quote(c.label)} ${quote(c.provenance.reason)} ${quote(CONTAINER_TECHNOLOGY[c.kind])} {`);
    for (const child of children.get(c.id) ?? []) visit(child, depth + 1);
    for (const n of nodesIn.get(c.id) ?? []) place(n, depth + 1);
    out(depth, '}');
  };
  for (const c of children.get(undefined) ?? []) visit(c, 3);
  // Services drawn outside every box still run somewhere: a node of their own ("Global", e.g. DNS).
  const loose = (nodesIn.get(undefined) ?? []).filter((n) => !isPerson(n) && !isExternal(n));
  if (loose.length) {
    out(3, `${ids.of('@global', 'node_')} = deploymentNode ${quote('Global and edge services')} ${quote('Services that run outside any one region')} ${quote('Global')} {`);
    for (const n of loose) place(n, 4);
    out(3, '}');
  }
  // Relationships the model section does not already imply: those touching infrastructure or a deployment node.
  for (const e of deployment.edges) {
    const from = instances.get(e.from), to = instances.get(e.to);
    if (!from || !to || (software.has(e.from) && software.has(e.to))) continue;
    out(3, `${from} -> ${to} ${quote(e.label ?? '')} "" ${quote(e.style)}`);
  }
  out(2, '}');
  out(1, '}');

  out(1, 'views {');
  out(2, `container ${system} ${quote('logical')} ${quote('Logical view: services and flows')} {`);
  out(3, 'include *');
  out(3, 'autoLayout lr');
  out(2, '}');
  out(2, `deployment ${system} ${quote('Deployment')} ${quote('deployment')} ${quote('Deployment view: regions, VPCs, Availability Zones and subnet tiers')} {`);
  out(3, 'include *');
  out(3, 'autoLayout lr');
  out(2, '}');
  out(2, 'styles {');
  out(3, `element ${quote('Person')} {`);
  out(4, 'shape person');
  out(3, '}');
  out(3, `element ${quote('Infrastructure Node')} {`);
  out(4, 'shape roundedbox');
  out(3, '}');
  out(2, '}');
  out(1, '}');
  out(0, '}');
  return `${lines.join('\n')}\n`;
}

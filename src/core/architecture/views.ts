import type { ArchContainer, ArchEdge, ArchNode, Architecture } from './model';

/**
 * Views of one architecture, as Structurizr and C4 draw them: pure functions model → model,
 * so every exporter draws any view unchanged.
 *
 * - **logical**: the software and its flows (C4's container view). No deployment nodes
 *   (regions, VPCs, AZs, subnets); the network plumbing that only carries traffic onwards
 *   (an internet gateway, a transit gateway, a VPN, DNS aliases: Structurizr's
 *   "infrastructure nodes") is elided, each flow into it drawn straight to where the traffic
 *   goes; copies of one element in several AZs are drawn once, "×3". A drawing that is all
 *   network (the connectivity guide alone) keeps its network: it is the subject.
 * - **deployment**: where it runs (a deployment view): regions, VPCs, the AZs, subnet tiers.
 *   The AZs of a VPC are drawn as one "3 Availability Zones" box holding each subnet tier
 *   once ("Private subnet ×3"), and copies of one element across the AZs once ("×3"): the
 *   page shows the spread without drawing it three times. Which AZ held what stays in the
 *   boxes' provenance.
 * - **full**: the model as composed, every AZ and copy drawn (what the app drew before views).
 */

export const ARCHITECTURE_VIEWS = ['logical', 'deployment', 'full'] as const;
export type ArchitectureView = (typeof ARCHITECTURE_VIEWS)[number];

export const VIEW_INFO: Record<ArchitectureView, { label: string; description: string }> = {
  logical: { label: 'Logical', description: 'Services and how they talk; no network boxes' },
  deployment: { label: 'Deployment', description: 'Regions, VPCs, Availability Zones and subnet tiers' },
  full: { label: 'Every AZ', description: 'Every Availability Zone and every copy drawn' },
};

export const isArchitectureView = (v: unknown): v is ArchitectureView => typeof v === 'string' && (ARCHITECTURE_VIEWS as readonly string[]).includes(v);

/** Catalogue categories whose elements are infrastructure (Structurizr's infrastructureNode), not software. */
export const INFRASTRUCTURE_CATEGORIES: ReadonlySet<string> = new Set(['networking', 'on-prem']);

/** "ALB node (AZ a)" → "ALB node"; "Public subnet 10.0.1.0/24" → "Public subnet": what copies in different AZs share. */
export function sharedLabel(label: string): string {
  return label
    .replace(/\s*\(\s*(?:AZ|zone)\s+[a-z0-9]+\s*\)/gi, '')
    .replace(/\s*\b\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}\b/g, '')
    .trim();
}

const times = (label: string, n: number) => (n > 1 ? `${label} ×${n}` : label);

/** "Amazon Route 53" → "Route 53": the catalogue name without the provider's prefix, else the label. */
const shortName = (n: ArchNode) => (n.serviceName || n.label).replace(/^(?:Amazon|AWS|Google Cloud|Azure|Microsoft Azure)\s+/, '');

/** The architecture as `view` draws it. Pure; the input is not changed. */
export function projectView(model: Architecture, view: ArchitectureView): Architecture {
  if (view === 'full') return model;
  return view === 'logical' ? logicalView(model) : deploymentView(model);
}

/** Edges re-pointed by `to` (old id → new id), at most one per ordered pair, none onto itself. */
function repoint(edges: ArchEdge[], to: (id: string) => string | undefined): ArchEdge[] {
  const seen = new Set<string>();
  const out: ArchEdge[] = [];
  for (const e of edges) {
    const from = to(e.from), target = to(e.to);
    if (!from || !target || from === target) continue;
    const k = `${from}\u0000${target}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(from === e.from && target === e.to ? e : { ...e, from, to: target });
  }
  return out;
}

/** Nodes with the same key drawn once, "×n", under the first one's id; `to` maps every old id. */
function collapse(nodes: ArchNode[], key: (n: ArchNode) => string, parentOf: (n: ArchNode) => string | undefined): { nodes: ArchNode[]; to: Map<string, string> } {
  const groups = new Map<string, ArchNode[]>();
  for (const n of nodes) groups.set(key(n), [...(groups.get(key(n)) ?? []), n]);
  const to = new Map<string, string>();
  const out: ArchNode[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    group.forEach((n) => to.set(n.id, first.id));
    const parent = parentOf(first);
    const { parent: _old, ...rest } = first;
    const copies = group.length;
    out.push({
      ...rest,
      label: copies > 1 ? times(sharedLabel(first.label), copies) : first.label,
      ...(parent !== undefined ? { parent } : {}),
      ...(copies > 1 ? { provenance: { ...first.provenance, reason: `${first.provenance.reason} (${copies} alike, one per Availability Zone.)` } } : {}),
    });
  }
  return { nodes: out, to };
}

/** The guide that drew an element of a composed model; '' for a guide drawn alone, whose ids carry no guide prefix. */
export const namespace = (id: string): string => (id.includes('/') ? id.split('/')[0]! : '');

function ancestors(containers: ArchContainer[]): (id: string | undefined) => ArchContainer[] {
  const byId = new Map(containers.map((c) => [c.id, c]));
  return (id) => {
    const chain: ArchContainer[] = [];
    for (let c = id ? byId.get(id) : undefined; c && !chain.includes(c); c = c.parent ? byId.get(c.parent) : undefined) chain.push(c);
    return chain;
  };
}

function logicalView(model: Architecture): Architecture {
  const up = ancestors(model.containers);
  const regionOf = (n: ArchNode) => up(n.parent).find((c) => c.kind === 'region')?.id ?? '';
  const containerIds = new Set(model.containers.map((c) => c.id));
  const { nodes, to } = collapse(model.nodes, (n) => [namespace(n.id), n.service, regionOf(n), sharedLabel(n.label)].join('\u0000'), () => undefined);
  const edges = repoint(model.edges.filter((e) => !containerIds.has(e.from) && !containerIds.has(e.to)), (id) => to.get(id));

  // Infrastructure that only passes traffic on: every edge out of it is a network link.
  const out = new Map<string, ArchEdge[]>();
  edges.forEach((e) => out.set(e.from, [...(out.get(e.from) ?? []), e]));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // A drawing that is all network (the connectivity guide on its own): the network is the subject, keep it.
  const allNetwork = nodes.every((n) => INFRASTRUCTURE_CATEGORIES.has(n.category));
  const passes = (id: string) => {
    if (allNetwork) return false;
    const n = byId.get(id)!;
    const o = out.get(id) ?? [];
    return INFRASTRUCTURE_CATEGORIES.has(n.category) && o.length > 0 && o.every((e) => e.style === 'network');
  };
  /** Where traffic into `id` ends up: each target past the pass-through nodes, the ones it went through, and the last hop's label. */
  type Onward = { to: string; via: string[]; last?: string };
  const onwards = (id: string, seen: Set<string> = new Set()): Onward[] => {
    if (seen.has(id)) return [];
    seen.add(id);
    const name = shortName(byId.get(id)!);
    return (out.get(id) ?? []).flatMap((e) =>
      passes(e.to) ? onwards(e.to, seen).map((o) => ({ ...o, via: [name, ...o.via] })) : [{ to: e.to, via: [name], ...(e.label ? { last: e.label } : {}) }],
    );
  };
  const flows: ArchEdge[] = [];
  for (const e of edges) {
    if (passes(e.from)) continue;
    if (!passes(e.to)) {
      flows.push(e);
      continue;
    }
    // The elided hops are named on the flow, so a reader still sees that DNS and an accelerator
    // choose between two Regions (and which one takes traffic) rather than two equal flows.
    const targets = onwards(e.to);
    targets.forEach((t, i) => {
      const route = `via ${[...new Set(t.via)].join(' → ')}`;
      const label = targets.length > 1 ? (t.last ? `${route}: ${t.last}` : route) : (e.label ?? route);
      flows.push({ ...e, id: `${e.id}~via-${i + 1}`, to: t.to, label });
    });
  }
  // Two flows between the same pair after elision (the users reach the ALB through the
  // internet gateway and through Route 53 and the accelerator) are drawn once with both labels.
  const kept: ArchEdge[] = [];
  for (const f of flows) {
    const twin = kept.find((k) => k.from === f.from && k.to === f.to);
    if (!twin) kept.push(f);
    else if (f.label && !twin.label?.split('; ').includes(f.label)) kept[kept.indexOf(twin)] = { ...twin, label: twin.label ? `${twin.label}; ${f.label}` : f.label };
  }
  const touched = new Set(kept.flatMap((e) => [e.from, e.to]));
  return {
    ...model,
    title: `${model.title} · logical view`,
    containers: [],
    // Infrastructure left without a flow (a NAT gateway, an egress VPC's gateway) is the deployment view's.
    nodes: nodes.filter((n) => allNetwork || touched.has(n.id) || !INFRASTRUCTURE_CATEGORIES.has(n.category)),
    edges: kept,
  };
}

function deploymentView(model: Architecture): Architecture {
  const byId = new Map(model.containers.map((c) => [c.id, c]));
  // VPCs whose AZs are drawn alike: one box for all of them, one box per subnet tier inside.
  const azsOf = new Map<string, ArchContainer[]>();
  for (const c of model.containers) if (c.kind === 'az' && c.parent) azsOf.set(c.parent, [...(azsOf.get(c.parent) ?? []), c]);
  const merged = new Map<string, string>();
  const containers: ArchContainer[] = [];
  const counts = new Map<string, number>();
  for (const c of model.containers) {
    const parent = c.parent ? (merged.get(c.parent) ?? c.parent) : undefined;
    let id = c.id;
    if (c.kind === 'az' && c.parent && (azsOf.get(c.parent)?.length ?? 0) > 1) id = `${c.parent}/azs`;
    else if (c.kind === 'subnet' && c.parent && byId.get(c.parent)?.kind === 'az' && parent !== c.parent) id = `${parent}/${c.tier ?? sharedLabel(c.label)}`;
    merged.set(c.id, id);
    counts.set(id, (counts.get(id) ?? 0) + 1);
    if (containers.some((x) => x.id === id)) continue;
    const { parent: _old, ...rest } = c;
    containers.push({ ...rest, id, ...(parent !== undefined ? { parent } : {}) });
  }
  for (const c of containers) {
    const n = counts.get(c.id) ?? 1;
    if (n < 2) continue;
    const names = model.containers.filter((x) => merged.get(x.id) === c.id).map((x) => x.label);
    // After a switch to Google Cloud the boxes say "Zone a": keep the provider's word.
    const zones = names.every((l) => /\bZone\b/.test(l) && !/Availability Zone|\bAZ\b/.test(l)) ? 'Zones' : 'Availability Zones';
    c.label = c.kind === 'az' ? `${n} ${zones}` : times(sharedLabel(c.label), n);
    c.provenance = { ...c.provenance, reason: `${c.provenance.reason} Drawn once for ${names.join(', ')}; a service marked ×n runs in n of them.` };
  }
  const parentOf = (n: ArchNode) => (n.parent ? (merged.get(n.parent) ?? n.parent) : undefined);
  const { nodes, to } = collapse(model.nodes, (n) => [namespace(n.id), n.service, parentOf(n) ?? '', sharedLabel(n.label)].join('\u0000'), parentOf);
  const edges = repoint(model.edges, (id) => to.get(id) ?? merged.get(id) ?? id);
  return { ...model, title: `${model.title} · deployment view`, containers, nodes, edges };
}

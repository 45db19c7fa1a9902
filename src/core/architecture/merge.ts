import type { CatalogIndex } from '../catalog/load';
import type { Category } from '../catalog/schema';
import type { Guide, NodeRole } from '../guide/schema';
import type { Decided } from '../recommendation/build';
import { buildArchitecture } from './build';
import {
  finishContainers, mapContainers, newRegistry, OUTSIDE, PRIMARY_REGION, SHARED_PREFIX,
  type GuideRef, type PartContainers,
} from './merge-containers';
import type { ArchEdge, ArchNode, Architecture, Provenance } from './model';

/**
 * One architecture from several guides. An "architecture" session runs guides in turn
 * (compute → database → messaging → disaster recovery → VPC connectivity); each outcome's
 * diagram is merged into one model:
 *
 * - ids are namespaced by guide (`database/writer`); shared boxes and nodes start with `@`
 * - regions, the workload VPC, AZs and subnets become one shared set (./merge-containers)
 * - clients (role `client`) become one node per service: one "Users", not five
 * - the application tier is drawn once: the compute guide (or the first guide with real app
 *   nodes) provides it, and every other guide's `app` nodes in the same region (stand-ins
 *   such as generic.service, or DR's copy of the app) are replaced by it, their edges moved
 *   onto the real app nodes (AZ by AZ where both sides have AZs)
 * - likewise the database guide provides the `data` tier, region by region and for the same
 *   kind of store: DR's copy of the database in the primary region becomes the database
 *   guide's writer, so DR's replication starts there
 * - an app-hosting guide's `entry` (DR's load balancer) is replaced by the app provider's
 * - a `vpc` node (the connectivity guide's "your VPC") becomes the shared VPC box
 * - every `entry` of a guide that hosts no app (a queue, a stream) that no app reaches yet is
 *   wired from the app nodes
 *
 * Every node and edge keeps the provenance of the guide that drew it.
 */

export type MergePart = {
  guide: GuideRef;
  model: Architecture;
  /** node id → role, from the outcome's diagram */
  roles: ReadonlyMap<string, NodeRole>;
};

export type MergeOptions = { title?: string };

/** Guides whose subject a tier is: they provide it when present, whatever the session order. */
const HOME_SECTION: Partial<Record<NodeRole, string>> = { app: 'compute-serverless', data: 'storage-databases' };
const ASYNC_CATEGORIES: ReadonlySet<Category> = new Set(['messaging', 'streaming', 'integration']);
const DATA_CATEGORIES: ReadonlySet<Category> = new Set(['database', 'cache', 'storage', 'analytics']);

type Entry = {
  part: number;
  node: ArchNode;
  role?: NodeRole;
  region: string;
  az?: string;
  /** a real service, not a generic stand-in */
  real: boolean;
  /** its id in the merged model when kept */
  id: string;
  /** when another guide draws this tier: the merged ids standing for it, and that guide */
  coveredBy?: { ids: string[]; part: number };
};

const shortService = (service: string) => service.replace(/^[a-z]+\./, '');

/** Who draws which tier where: the merge's questions about the session, answered from its nodes. */
class Tiers {
  constructor(readonly parts: readonly MergePart[], readonly entries: Entry[]) {}

  /** The real nodes of `role` that one guide drew in one region. */
  of(part: number, role: NodeRole, region: string, category?: Category): Entry[] {
    return this.entries.filter((e) => e.part === part && e.role === role && e.real && e.region === region && (!category || e.node.category === category));
  }

  /** The guide that provides `role` in `region`: the tier's home guide when present, else the first in the session. */
  provider(role: NodeRole, region: string, category?: Category): number | undefined {
    const home = HOME_SECTION[role];
    const order = this.parts.map((_, i) => i).sort((a, b) => Number(this.parts[b]!.guide.section === home) - Number(this.parts[a]!.guide.section === home) || a - b);
    return order.find((p) => this.of(p, role, region, category).length > 0);
  }

  hostsApp(part: number, region: string): boolean {
    return this.of(part, 'app', region).length > 0;
  }
}

/** The provider's nodes standing for `e`: those in the same AZ when there are any, else all. */
function standFor(e: Entry, by: number | undefined, candidates: Entry[]): Entry['coveredBy'] {
  if (by === undefined || by === e.part || candidates.length === 0) return undefined;
  const same = e.az ? candidates.filter((c) => c.az === e.az) : [];
  return { ids: (same.length ? same : candidates).map((c) => c.id), part: by };
}

/** Which entries another guide's nodes stand for (see the rules at the top). */
function cover(tiers: Tiers, hasContainer: (id: string) => boolean): void {
  for (const e of tiers.entries) {
    // A stand-in outside every region (a producer) stands for the app in the primary region.
    const region = e.region === OUTSIDE && (!e.real || e.role === 'vpc') ? PRIMARY_REGION : e.region;
    if (e.role === 'app') {
      const by = tiers.provider('app', region);
      e.coveredBy = standFor(e, by, by === undefined ? [] : tiers.of(by, 'app', region));
    } else if (e.role === 'entry' && tiers.hostsApp(e.part, region)) {
      const by = tiers.provider('app', region);
      e.coveredBy = standFor(e, by, by === undefined ? [] : tiers.of(by, 'entry', region));
    } else if (e.role === 'data') {
      const by = tiers.provider('data', region, e.node.category);
      e.coveredBy = standFor(e, by, by === undefined ? [] : tiers.of(by, 'data', region, e.node.category));
    } else if (e.role === 'vpc' && hasContainer(`${region}/vpc`)) {
      e.coveredBy = { ids: [`${region}/vpc`], part: -1 };
    }
  }
}

export function mergeParts(parts: readonly MergePart[], options: MergeOptions = {}): Architecture {
  const registry = newRegistry();
  const namespaces = namespacesOf(parts);
  const placed: PartContainers[] = parts.map((p, i) => mapContainers(p.guide, namespaces[i]!, p.model, p.roles, registry));

  const entries: Entry[] = parts.flatMap((p, part) =>
    p.model.nodes.map((node) => {
      const role = p.roles.get(node.id);
      const where = node.parent;
      return {
        part, node, role,
        region: where ? (placed[part]!.region.get(where) ?? OUTSIDE) : OUTSIDE,
        az: where ? placed[part]!.az.get(where) : undefined,
        real: node.provider !== 'generic',
        id: role === 'client' ? `${SHARED_PREFIX}${shortService(node.service)}` : `${namespaces[part]}/${node.id}`,
      };
    }),
  );
  const tiers = new Tiers(parts, entries);
  cover(tiers, (id) => registry.byId.has(id));

  const nodes = keptNodes(parts, entries, placed);
  const edges = new EdgeList();
  parts.forEach((p, part) => {
    const ends = (id: string): { ids: string[]; by?: number } => {
      if (placed[part]!.target.has(id)) {
        const target = placed[part]!.target.get(id);
        return { ids: target ? [target] : [] };
      }
      const entry = entries.find((e) => e.part === part && e.node.id === id);
      if (entry?.coveredBy) return { ids: entry.coveredBy.ids, by: entry.coveredBy.part };
      return { ids: entry ? [entry.id] : [] };
    };
    for (const e of p.model.edges) {
      const from = ends(e.from), to = ends(e.to);
      // Both ends drawn by the same other guide: how its own nodes connect is its business.
      if (from.by !== undefined && from.by === to.by) continue;
      const pairs = from.ids.flatMap((f) => to.ids.map((t) => [f, t] as const));
      pairs.forEach(([f, t], i) => edges.add({ ...e, id: `${namespaces[part]}/${e.id}${pairs.length > 1 ? `~${i + 1}` : ''}`, from: f, to: t }));
    }
  });
  wireEntries(tiers, edges);

  const containers = finishContainers(registry);
  const used = usedContainers(containers, nodes, edges.list);
  return {
    version: 1,
    title: options.title ?? defaultTitle(parts),
    containers: containers.filter((c) => used.has(c.id)),
    nodes,
    edges: edges.list,
  };
}

/** The nodes no other guide stands for, under their merged ids; a shared client once, naming every guide that drew it. */
function keptNodes(parts: readonly MergePart[], entries: Entry[], placed: PartContainers[]): ArchNode[] {
  const nodes = new Map<string, ArchNode>();
  const sharedBy = new Map<string, string[]>();
  for (const e of entries) {
    if (e.coveredBy) continue;
    const title = parts[e.part]!.guide.title;
    if (nodes.has(e.id)) {
      sharedBy.get(e.id)?.push(title);
      continue;
    }
    if (e.role === 'client') sharedBy.set(e.id, [title]);
    const parent = e.role === 'client' || !e.node.parent ? undefined : placed[e.part]!.target.get(e.node.parent);
    const { parent: _old, ...rest } = e.node;
    nodes.set(e.id, { ...rest, id: e.id, ...(parent !== undefined ? { parent } : {}) });
  }
  for (const [id, guides] of sharedBy) {
    const n = nodes.get(id)!;
    if (guides.length > 1) n.provenance = { ...n.provenance, reason: `${n.provenance.reason} (Also drawn by ${guides.slice(1).join(', ')}.)` };
  }
  return [...nodes.values()];
}

/** Edges in order, at most one per ordered pair of ends, none from an element to itself. */
class EdgeList {
  readonly list: ArchEdge[] = [];
  private readonly pairs = new Set<string>();
  add(edge: ArchEdge): void {
    const k = `${edge.from}\u0000${edge.to}`;
    if (edge.from === edge.to || this.pairs.has(k)) return;
    this.pairs.add(k);
    this.list.push(edge);
  }
}

/** Apps reach every entry of a guide that hosts no app (its queue, its stream) at least once. */
function wireEntries(tiers: Tiers, edges: EdgeList): void {
  for (const e of tiers.entries) {
    const region = e.region === OUTSIDE ? PRIMARY_REGION : e.region;
    if (e.role !== 'entry' || e.coveredBy || tiers.hostsApp(e.part, region)) continue;
    const by = tiers.provider('app', region);
    if (by === undefined || by === e.part) continue;
    const apps = tiers.of(by, 'app', region);
    if (edges.list.some((x) => x.to === e.id && apps.some((a) => a.id === x.from))) continue;
    const async = ASYNC_CATEGORIES.has(e.node.category);
    const label = async ? 'publishes' : DATA_CATEGORIES.has(e.node.category) ? 'reads and writes' : undefined;
    const provenance: Provenance = { ...e.node.provenance, reason: `The application uses ${e.node.label} (${e.node.serviceName}).` };
    apps.forEach((a, i) => edges.add({
      id: `${e.id}~wired-${i + 1}`, from: a.id, to: e.id, style: async ? 'async' : 'sync', ...(label ? { label } : {}), provenance,
    }));
  }
}

/** "Architecture: Compute platform · Database · Messaging backbone": each guide title up to its colon. */
function defaultTitle(parts: readonly MergePart[]): string {
  const heads = [...new Set(parts.map((p) => p.guide.title.split(':')[0]!.trim()))];
  return heads.length ? `Architecture: ${heads.join(' · ')}` : 'Architecture';
}

/** A guide repeated in a session gets `-2`, `-3` on its namespace so ids stay unique. */
function namespacesOf(parts: readonly MergePart[]): string[] {
  const seen = new Map<string, number>();
  return parts.map((p) => {
    const n = (seen.get(p.guide.id) ?? 0) + 1;
    seen.set(p.guide.id, n);
    return n === 1 ? p.guide.id : `${p.guide.id}-${n}`;
  });
}

/** Containers holding a node, or at an end of an edge, and their ancestors: empty boxes mean nothing. */
function usedContainers(containers: { id: string; parent?: string }[], nodes: ArchNode[], edges: ArchEdge[]): Set<string> {
  const parents = new Map(containers.map((c) => [c.id, c.parent]));
  const used = new Set<string>();
  const mark = (id: string | undefined) => {
    for (let c = id; c && !used.has(c) && parents.has(c); c = parents.get(c)) used.add(c);
  };
  nodes.forEach((n) => mark(n.parent));
  edges.forEach((e) => (mark(e.from), mark(e.to)));
  return used;
}

/** One guide run that reached an outcome. */
export type ArchitectureRun = { guide: Guide; decided: Decided };

/** The roles the outcome's diagram gives its nodes. */
export function rolesOf(guide: Guide, outcome: string): Map<string, NodeRole> {
  const diagram = guide.outcomes.find((o) => o.id === outcome)?.diagram;
  return new Map((diagram?.nodes ?? []).flatMap((n) => (n.role ? [[n.id, n.role] as const] : [])));
}

/** Build each run's diagram and merge them, in session order. */
export function mergeRuns(runs: readonly ArchitectureRun[], catalog: CatalogIndex, options: MergeOptions = {}): Architecture {
  return mergeParts(
    runs.map(({ guide, decided }) => ({
      guide: { id: guide.id, title: guide.title, section: guide.section },
      model: buildArchitecture(guide, catalog, decided),
      roles: rolesOf(guide, decided.outcome),
    })),
    options,
  );
}

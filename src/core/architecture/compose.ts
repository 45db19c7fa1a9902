import type { CatalogIndex } from '../catalog/load';
import type { Composition, Guide, Responsibility } from '../guide/schema';
import type { Decided } from '../recommendation/build';
import { buildArchitecture } from './build';
import {
  canonicalNodeOf, finishContainers, mapContainers, newRegistry, OUTSIDE, PRIMARY_REGION, SHARED_PREFIX,
  type GuideRef, type PartContainers,
} from './merge-containers';
import type { ArchEdge, ArchNode, Architecture, Provenance } from './model';
import { RESPONSIBILITY_RULES } from './responsibilities';

/**
 * One architecture from any set of guides, from the declarations in their diagrams alone
 * (the `compose` of each diagram node, src/core/guide/schema.ts). The model follows the C4 /
 * Structurizr split: elements and their relationships, placed on deployment nodes (region →
 * VPC → AZ → subnet tier), which ./merge-containers maps onto one shared set.
 *
 * - ids are namespaced by guide (`database/writer`); shared boxes and elements start with `@`
 * - a `shared` element is drawn once per service (one "Users", naming every guide that drew it)
 * - for each responsibility and region one guide is the provider: the first (in session
 *   order) that declares itself `authority` there, else the first declaring `provider`, else the first with a real (non-generic)
 *   `replaceable` element there. Every other guide's `provider` or `replaceable` element of
 *   that responsibility in that region (elements outside any region count as the primary
 *   region's) is replaced by the provider's elements, AZ by AZ where both sides have AZs;
 *   its edges move onto them. A responsibility held by a deployment node (network → the
 *   workload VPC) is provided by that shared box.
 * - an element that `attaches` to a responsibility is wired to (or from) the provider's
 *   elements of it when none of them reaches it yet (the application publishes to the queue)
 * - edges whose two ends another guide provides are that guide's business and dropped
 *
 * Nothing here names a guide: a new guide that draws into the architecture adds data only.
 * Every element and edge keeps the provenance of the guide that drew it.
 */

export type ComposePart = {
  guide: GuideRef;
  model: Architecture;
  /** diagram node id → its composition declaration, from the outcome's diagram */
  declarations: ReadonlyMap<string, Composition>;
};

export type ComposeOptions = { title?: string };

type Entry = {
  part: number;
  node: ArchNode;
  decl?: Composition;
  /** the merged region it is drawn in (OUTSIDE when in none) */
  region: string;
  az?: string;
  /** a real service, not a generic stand-in */
  real: boolean;
  /** its id in the composed model when kept */
  id: string;
  /** when another guide provides what it stands for: the composed ids standing for it, and that guide (-1: a shared box) */
  coveredBy?: { ids: string[]; part: number };
};

const shortService = (service: string) => service.replace(/^[a-z]+\./, '');
const RANK: Partial<Record<Composition['joins'], number>> = { authority: 3, provider: 2, replaceable: 1 };

/** The region an element is matched in: a stand-in outside every region stands for something in the primary one. */
const matchRegion = (e: Entry) => (e.region === OUTSIDE && e.decl?.joins === 'replaceable' ? PRIMARY_REGION : e.region);

/** Who provides which responsibility where: the composer's questions about the session, answered from the declarations. */
class Responsibilities {
  constructor(readonly entries: Entry[]) {}

  /** Real elements of one guide that may provide `r` in `region` (of the same catalogue category when the responsibility asks). */
  of(part: number, r: Responsibility, region: string, category?: string): Entry[] {
    const same = RESPONSIBILITY_RULES[r].sameCategory;
    return this.entries.filter((e) => e.part === part && e.real && e.decl?.provides === r && RANK[e.decl.joins] !== undefined &&
      e.region === region && (!same || category === undefined || e.node.category === category));
  }

  /** The guide providing `r` in `region`: the highest-ranked declaration, then session order. */
  provider(r: Responsibility, region: string, category?: string): number | undefined {
    let best: { part: number; rank: number } | undefined;
    for (const part of new Set(this.entries.map((e) => e.part))) {
      const rank = Math.max(0, ...this.of(part, r, region, category).map((e) => RANK[e.decl!.joins]!));
      if (rank > 0 && (!best || rank > best.rank || (rank === best.rank && part < best.part))) best = { part, rank };
    }
    return best?.part;
  }
}

/** The provider's elements standing for `e`: those in the same AZ when there are any, else all. */
function standFor(e: Entry, by: number | undefined, candidates: Entry[]): Entry['coveredBy'] {
  if (by === undefined || by === e.part || candidates.length === 0) return undefined;
  const same = e.az ? candidates.filter((c) => c.az === e.az) : [];
  return { ids: (same.length ? same : candidates).map((c) => c.id), part: by };
}

/** Mark every element another guide (or a shared box) provides. */
function cover(tiers: Responsibilities, hasContainer: (id: string) => boolean): void {
  for (const e of tiers.entries) {
    const r = e.decl?.provides;
    if (!r || RANK[e.decl!.joins] === undefined) continue;
    const region = matchRegion(e);
    const box = RESPONSIBILITY_RULES[r].deploymentNode;
    if (box) {
      const id = canonicalNodeOf(box, region);
      if (id && hasContainer(id)) e.coveredBy = { ids: [id], part: -1 };
      continue;
    }
    const by = tiers.provider(r, region, e.node.category);
    e.coveredBy = standFor(e, by, by === undefined ? [] : tiers.of(by, r, region, e.node.category));
  }
}

export function composeParts(parts: readonly ComposePart[], options: ComposeOptions = {}): Architecture {
  const registry = newRegistry();
  const namespaces = namespacesOf(parts);
  const placed: PartContainers[] = parts.map((p, i) => mapContainers(p.guide, namespaces[i]!, p.model, p.declarations, registry));

  const entries: Entry[] = parts.flatMap((p, part) =>
    p.model.nodes.map((node) => {
      const decl = p.declarations.get(node.id);
      const where = node.parent;
      return {
        part, node, decl,
        region: where ? (placed[part]!.region.get(where) ?? OUTSIDE) : OUTSIDE,
        az: where ? placed[part]!.az.get(where) : undefined,
        real: node.provider !== 'generic',
        id: decl?.joins === 'shared' ? `${SHARED_PREFIX}${shortService(node.service)}` : `${namespaces[part]}/${node.id}`,
      };
    }),
  );
  const tiers = new Responsibilities(entries);
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
      // Both ends provided by the same other guide: how its own elements connect is its business.
      if (from.by !== undefined && from.by === to.by) continue;
      const pairs = from.ids.flatMap((f) => to.ids.map((t) => [f, t] as const));
      pairs.forEach(([f, t], i) => edges.add({ ...e, id: `${namespaces[part]}/${e.id}${pairs.length > 1 ? `~${i + 1}` : ''}`, from: f, to: t }));
    }
  });
  attach(tiers, edges);
  const kept = edgesAfterTheEdge(tiers, edges.list);

  const containers = finishContainers(registry);
  const used = usedContainers(containers, nodes, kept);
  return {
    version: 1,
    title: options.title ?? defaultTitle(parts),
    containers: containers.filter((c) => used.has(c.id)),
    nodes,
    edges: kept,
  };
}

/** The elements no other guide stands for, under their composed ids; a shared element once, naming every guide that drew it. */
function keptNodes(parts: readonly ComposePart[], entries: Entry[], placed: PartContainers[]): ArchNode[] {
  const nodes = new Map<string, ArchNode>();
  const sharedBy = new Map<string, string[]>();
  for (const e of entries) {
    if (e.coveredBy) continue;
    const title = parts[e.part]!.guide.title;
    const shared = e.decl?.joins === 'shared';
    if (nodes.has(e.id)) {
      sharedBy.get(e.id)?.push(title);
      continue;
    }
    if (shared) sharedBy.set(e.id, [title]);
    const parent = shared || !e.node.parent ? undefined : placed[e.part]!.target.get(e.node.parent);
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

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Elements that attach to a responsibility are joined to its provider's elements, unless one already reaches them. */
function attach(tiers: Responsibilities, edges: EdgeList): void {
  for (const e of tiers.entries) {
    const a = e.decl?.attaches;
    if (!a || e.coveredBy) continue;
    const region = e.region === OUTSIDE ? PRIMARY_REGION : e.region;
    const by = tiers.provider(a.to, region);
    if (by === undefined || by === e.part) continue;
    const others = tiers.of(by, a.to, region).map((o) => o.id);
    const inward = a.direction === 'in';
    if (edges.list.some((x) => (inward ? x.to === e.id && others.includes(x.from) : x.from === e.id && others.includes(x.to)))) continue;
    const what = `${e.node.label} (${e.node.serviceName})`;
    const name = RESPONSIBILITY_RULES[a.to].name;
    const provenance: Provenance = { ...e.node.provenance, reason: inward ? `${sentence(name)} uses ${what}.` : `${what} reaches ${name}.` };
    others.forEach((o, i) => edges.add({
      id: `${e.id}~wired-${i + 1}`, from: inward ? o : e.id, to: inward ? e.id : o, style: a.style, ...(a.label ? { label: a.label } : {}), provenance,
    }));
  }
}

/**
 * When an edge element fronts the entry point (CloudFront or Route 53 declaring `provides:
 * edge` and attaching out to `entry`), people reach the architecture through it: their edges
 * straight to the entry point, or to what leads into it (the internet gateway in front of an
 * ALB), are dropped, as one guide drawing users → ALB did not know another put CloudFront first.
 */
function edgesAfterTheEdge(tiers: Responsibilities, edges: ArchEdge[]): ArchEdge[] {
  const kept = tiers.entries.filter((e) => !e.coveredBy);
  const fronts = new Set(kept.filter((e) => e.decl?.provides === 'edge' && e.decl.attaches?.to === 'entry' && e.decl.attaches.direction === 'out').map((e) => e.id));
  if (fronts.size === 0) return edges;
  const entry = new Set(kept.filter((e) => e.decl?.provides === 'entry').map((e) => e.id));
  const intoEntry = new Set([...entry, ...edges.filter((x) => entry.has(x.to) && !fronts.has(x.from)).map((x) => x.from)]);
  const people = new Set(kept.filter((e) => e.decl?.element === 'person').map((e) => e.id));
  const through = new Set(edges.filter((x) => people.has(x.from) && fronts.has(x.to)).map((x) => x.from));
  return edges.filter((x) => !(through.has(x.from) && intoEntry.has(x.to)));
}

/** "Architecture: Compute platform · Database · Messaging backbone": each guide title up to its colon. */
function defaultTitle(parts: readonly ComposePart[]): string {
  const heads = [...new Set(parts.map((p) => p.guide.title.split(':')[0]!.trim()))];
  return heads.length ? `Architecture: ${heads.join(' · ')}` : 'Architecture';
}

/** A guide repeated in a session gets `-2`, `-3` on its namespace so ids stay unique. */
function namespacesOf(parts: readonly ComposePart[]): string[] {
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

/** The composition declarations of the outcome's diagram nodes. */
export function declarationsOf(guide: Guide, outcome: string): Map<string, Composition> {
  const diagram = guide.outcomes.find((o) => o.id === outcome)?.diagram;
  return new Map((diagram?.nodes ?? []).flatMap((n) => (n.compose ? [[n.id, n.compose] as const] : [])));
}

/** Build each run's diagram and compose them, in session order. */
export function composeRuns(runs: readonly ArchitectureRun[], catalog: CatalogIndex, options: ComposeOptions = {}): Architecture {
  return composeParts(
    runs.map(({ guide, decided }) => ({
      guide: { id: guide.id, title: guide.title, section: guide.section },
      model: buildArchitecture(guide, catalog, decided),
      declarations: declarationsOf(guide, decided.outcome),
    })),
    options,
  );
}

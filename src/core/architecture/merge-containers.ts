import type { Composition } from '../guide/schema';
import type { ArchContainer, Architecture } from './model';

/**
 * The shared boxes of a merged architecture. Every guide draws its own region, VPC, AZs and
 * subnets; merged, they must be ONE set, or the diagram shows five VPCs that are really one.
 * Each guide container is mapped by kind and position onto a canonical container:
 *
 * - cloud: dropped (its children move up); one provider box around part of a drawing misleads
 * - region: the guide's first top-level region is the primary one (`@region-1`); any later
 *   one is THE second region (`@region-2`), where DR, global tables and cross-region
 *   replicas all meet
 * - vpc: the workload VPC of its region (`@region-1/vpc`) when it holds AZs or subnets or a
 *   node with a role; any other VPC (egress, inspection) stays the guide's own
 * - az: by its position among its VPC's AZs (`…/vpc/az-a`, `az-b`, …)
 * - subnet: by tier within its AZ or VPC (`…/az-a/private`)
 * - anything else (groups, accounts, on-premises): the guide's own, namespaced `guide/id`
 *
 * Canonical ids start with `@`, which no guide id can, so they never collide with a
 * namespaced one.
 */

export const SHARED_PREFIX = '@';
export const PRIMARY_REGION = '@region-1';
export const SECOND_REGION = '@region-2';

export type GuideRef = { id: string; title: string; section?: string };

/** A merged container and where its label may come from. */
export type MergedContainer = ArchContainer & {
  shared: boolean;
  /** titles of the guides that drew it */
  guides: string[];
  /** candidate labels, in session order; `secondRegion`: the guide also drew a second region */
  labels: { label: string; secondRegion: boolean }[];
};

export type ContainerRegistry = { byId: Map<string, MergedContainer> };

export const newRegistry = (): ContainerRegistry => ({ byId: new Map() });

/** Where each of one guide's containers went, and the region and AZ each sits in. */
export type PartContainers = {
  /** guide container id → merged container id; undefined when it was dropped to the top level */
  target: Map<string, string | undefined>;
  /** guide container id → merged region id ('outside' when not in any region) */
  region: Map<string, string>;
  /** guide container id → merged AZ id, when inside an AZ */
  az: Map<string, string | undefined>;
};

export const OUTSIDE = 'outside';
const isShared = (id: string | undefined): id is string => id !== undefined && id.startsWith(SHARED_PREFIX);
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export function mapContainers(
  guide: GuideRef,
  namespace: string,
  model: Architecture,
  declarations: ReadonlyMap<string, Composition>,
  registry: ContainerRegistry,
): PartContainers {
  const byId = new Map(model.containers.map((c) => [c.id, c]));
  const children = (id: string) => model.containers.filter((c) => c.parent === id);
  const result: PartContainers = { target: new Map(), region: new Map(), az: new Map() };

  const onlyClouds = (c: ArchContainer): boolean => {
    for (let p = c.parent; p; p = byId.get(p)?.parent) if (byId.get(p)?.kind !== 'cloud') return false;
    return true;
  };
  const topRegions = model.containers.filter((c) => c.kind === 'region' && onlyClouds(c)).map((c) => c.id);
  const secondRegion = topRegions.length > 1;

  const holdsWorkload = (vpc: string): boolean => {
    const inside = new Set<string>([vpc]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const c of model.containers) if (c.parent && inside.has(c.parent) && !inside.has(c.id)) (inside.add(c.id), (grew = true));
    }
    const tiers = model.containers.some((c) => inside.has(c.id) && c.id !== vpc && (c.kind === 'az' || c.kind === 'subnet'));
    // A VPC holding an element that joins other guides' is the workload's, not a side network.
    return tiers || model.nodes.some((n) => n.parent !== undefined && inside.has(n.parent) && declarations.has(n.id) && declarations.get(n.id)!.joins !== 'shared');
  };

  const register = (c: ArchContainer, id: string, parent: string | undefined, shared: boolean) => {
    const existing = registry.byId.get(id);
    if (existing) {
      if (!existing.guides.includes(guide.title)) existing.guides.push(guide.title);
      existing.labels.push({ label: c.label, secondRegion });
      return;
    }
    registry.byId.set(id, {
      id, kind: c.kind, label: c.label, ...(parent !== undefined ? { parent } : {}), ...(c.tier ? { tier: c.tier } : {}),
      provenance: c.provenance, shared, guides: [guide.title], labels: [{ label: c.label, secondRegion }],
    });
  };

  const resolve = (c: ArchContainer, seen: Set<string> = new Set()): string | undefined => {
    if (result.target.has(c.id)) return result.target.get(c.id);
    const parentContainer = c.parent ? byId.get(c.parent) : undefined;
    // A parent cycle cannot come out of buildArchitecture, but must not hang us either.
    const parent = parentContainer && !seen.has(parentContainer.id) ? resolve(parentContainer, new Set([...seen, c.id])) : undefined;
    let id: string | undefined;
    let shared = false;
    if (c.kind === 'cloud') {
      result.target.set(c.id, parent);
      return parent;
    } else if (c.kind === 'region' && topRegions.includes(c.id)) {
      id = topRegions.indexOf(c.id) === 0 ? PRIMARY_REGION : SECOND_REGION;
      shared = true;
    } else if (c.kind === 'vpc' && isShared(parent) && registry.byId.get(parent)?.kind === 'region' && holdsWorkload(c.id)) {
      id = `${parent}/vpc`;
      shared = true;
    } else if (c.kind === 'az' && isShared(parent) && parent.endsWith('/vpc')) {
      const siblings = children(c.parent!).filter((s) => s.kind === 'az');
      id = `${parent}/az-${LETTERS[siblings.indexOf(c)] ?? siblings.indexOf(c)}`;
      shared = true;
    } else if (c.kind === 'subnet' && isShared(parent) && (parent.endsWith('/vpc') || /\/az-[^/]+$/.test(parent))) {
      id = `${parent}/${c.tier ?? 'private'}`;
      shared = true;
    } else {
      id = `${namespace}/${c.id}`;
    }
    register(c, id, parent, shared);
    result.target.set(c.id, id);
    return id;
  };

  for (const c of model.containers) resolve(c);
  for (const c of model.containers) {
    let region: string = OUTSIDE;
    let az: string | undefined;
    for (let p: string | undefined = c.id; p; p = byId.get(p)?.parent) {
      const kind = byId.get(p)?.kind;
      if (kind === 'az' && az === undefined) az = result.target.get(p);
      if (kind === 'region') {
        region = result.target.get(p) ?? OUTSIDE;
        break;
      }
    }
    result.region.set(c.id, region);
    result.az.set(c.id, az);
  }
  return result;
}

/** The shared deployment node of `kind` in a composed region (`@region-1/vpc`), if that kind is shared by region. */
export function canonicalNodeOf(kind: 'vpc', region: string): string | undefined {
  return isShared(region) ? `${region}/${kind}` : undefined;
}

const list = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

/**
 * The registry as plain containers, parents first. A shared box takes the first label drawn
 * for it, except the primary region of a two-region architecture, which takes its label from
 * a guide that drew both regions ("Primary region (writes)" rather than "AWS Region").
 */
export function finishContainers(registry: ContainerRegistry): ArchContainer[] {
  const twoRegions = registry.byId.has(SECOND_REGION);
  return [...registry.byId.values()].map(({ shared, guides, labels, ...c }) => {
    const label = c.id === PRIMARY_REGION && twoRegions ? (labels.find((l) => l.secondRegion) ?? labels[0]!).label : labels[0]!.label;
    const provenance = shared && guides.length > 1 ? { ...c.provenance, reason: `Shared by ${list(guides)}.` } : c.provenance;
    return { ...c, label, provenance };
  });
}

import type { ArchContainer, ArchEdge, ArchNode, Architecture } from '../architecture/model';

/** An element on both sides whose id stayed but whose content did not. */
export type Changed<T, F extends string> = { id: string; before: T; after: T; fields: F[] };

export type NodeField = 'service' | 'label' | 'parent';
export type ContainerField = 'kind' | 'label' | 'parent' | 'tier';
export type EdgeField = 'label' | 'style';

export type ArchitectureDiff = {
  nodes: { added: ArchNode[]; removed: ArchNode[]; changed: Changed<ArchNode, NodeField>[] };
  containers: { added: ArchContainer[]; removed: ArchContainer[]; changed: Changed<ArchContainer, ContainerField>[] };
  /** edges are matched by their ends (ids carry a template index, which differs between outcomes) */
  edges: { added: ArchEdge[]; removed: ArchEdge[]; changed: Changed<ArchEdge, EdgeField>[] };
};

export type Mark = 'added' | 'removed' | 'changed';
/** Per diagram element id: what the before diagram and the after diagram should highlight. */
export type DiffMarks = { before: Record<string, Mark>; after: Record<string, Mark> };

function compare<T, F extends keyof T & string>(
  before: T[], after: T[], keyOf: (item: T) => string, fields: readonly F[],
): { added: T[]; removed: T[]; changed: Changed<T, F>[] } {
  const old = new Map(before.map((item) => [keyOf(item), item]));
  const now = new Map(after.map((item) => [keyOf(item), item]));
  const changed: Changed<T, F>[] = [];
  for (const [id, b] of old) {
    const a = now.get(id);
    if (!a) continue;
    const differ = fields.filter((f) => b[f] !== a[f]);
    if (differ.length > 0) changed.push({ id, before: b, after: a, fields: differ });
  }
  return {
    added: after.filter((item) => !old.has(keyOf(item))),
    removed: before.filter((item) => !now.has(keyOf(item))),
    changed,
  };
}

/** Edge keys by ends, numbered when the same two ends are joined more than once. */
function edgeKeys(edges: ArchEdge[]): Map<ArchEdge, string> {
  const seen = new Map<string, number>();
  return new Map(edges.map((e) => {
    const ends = `${e.from}→${e.to}`;
    const n = seen.get(ends) ?? 0;
    seen.set(ends, n + 1);
    return [e, n === 0 ? ends : `${ends}#${n}`];
  }));
}

/** What changes between two architectures: added, removed and changed nodes, containers and edges. */
export function diffArchitectures(before: Architecture, after: Architecture): ArchitectureDiff {
  const keys = new Map([...edgeKeys(before.edges), ...edgeKeys(after.edges)]);
  const edges = compare(before.edges, after.edges, (e) => keys.get(e)!, ['label', 'style'] as const);
  return {
    nodes: compare(before.nodes, after.nodes, (n) => n.id, ['service', 'label', 'parent'] as const),
    containers: compare(before.containers, after.containers, (c) => c.id, ['kind', 'label', 'parent', 'tier'] as const),
    edges: { ...edges, changed: edges.changed.map((c) => ({ ...c, id: c.after.id })) },
  };
}

/** True when the two architectures draw the same thing. */
export function isEmptyDiff(diff: ArchitectureDiff): boolean {
  return [diff.nodes, diff.containers, diff.edges].every((d) => d.added.length + d.removed.length + d.changed.length === 0);
}

/** Marks for the two diagrams: removed shows in the old one, added in the new one, changed in both. */
export function diffMarks(diff: ArchitectureDiff): DiffMarks {
  const before: Record<string, Mark> = {};
  const after: Record<string, Mark> = {};
  for (const part of [diff.nodes, diff.containers] as const) {
    part.removed.forEach((x) => (before[x.id] = 'removed'));
    part.added.forEach((x) => (after[x.id] = 'added'));
    part.changed.forEach((x) => (before[x.id] = after[x.id] = 'changed'));
  }
  return { before, after };
}

/** "3 added, 1 removed, 2 changed" over services (what a reader counts first). */
export function diffSummary(diff: ArchitectureDiff): string {
  const parts = [
    [diff.nodes.added.length, 'added'],
    [diff.nodes.removed.length, 'removed'],
    [diff.nodes.changed.length, 'changed'],
  ].filter(([n]) => Number(n) > 0).map(([n, what]) => `${n} ${what}`);
  return parts.length > 0 ? `Services: ${parts.join(', ')}` : 'The same services';
}

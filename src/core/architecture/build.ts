import type { CatalogIndex } from '../catalog/load';
import { fillTemplate } from '../guide/answers';
import { holds } from '../guide/conditions';
import type { Condition, Guide } from '../guide/schema';
import type { Decided } from '../recommendation/build';
import { cite, conditionQuestions, decidingQuestions } from '../recommendation/decided-by';
import type { ArchContainer, ArchEdge, ArchNode, Architecture, Provenance } from './model';

/**
 * The outcome's diagram template, resolved against the answers: conditional elements kept
 * or dropped, labels filled, and every element told which answers put it there.
 */
export function buildArchitecture(guide: Guide, catalog: CatalogIndex, decided: Decided): Architecture {
  const outcome = guide.outcomes.find((o) => o.id === decided.outcome);
  if (!outcome) throw new Error(`guide ${guide.id} has no outcome "${decided.outcome}"`);
  const { answers } = decided;
  const deciding = decidingQuestions(guide, decided.path);
  const provenance = (reason: string, when: Condition | undefined): Provenance => ({
    guide: guide.id,
    outcome: outcome.id,
    reason,
    answers: cite(guide, answers, when ? conditionQuestions(when) : deciding),
  });
  const present = (when: Condition | undefined) => holds(guide, when, answers);
  const fill = (text: string) => fillTemplate(guide, text, answers);
  const d = outcome.diagram;

  const containers: ArchContainer[] = [];
  for (const c of d.containers) {
    const parentKept = !c.parent || containers.some((x) => x.id === c.parent);
    if (!present(c.when) || !parentKept) continue;
    containers.push({
      id: c.id, kind: c.kind, label: fill(c.label), parent: c.parent, tier: c.tier,
      provenance: provenance(`${c.kind === 'subnet' ? 'Subnet tier' : 'Boundary'} for ${outcome.title}`, c.when),
    });
  }
  const containerIds = new Set(containers.map((c) => c.id));

  const nodes: ArchNode[] = d.nodes.filter((n) => present(n.when)).map((n) => {
    const service = catalog.byId.get(n.service);
    return {
      id: n.id,
      service: n.service,
      label: fill(n.label ?? service?.short ?? n.service),
      serviceName: service?.name ?? n.service,
      provider: service?.provider ?? 'generic',
      category: service?.category ?? 'compute',
      parent: n.parent && containerIds.has(n.parent) ? n.parent : undefined,
      provenance: provenance(n.why, n.when),
    };
  });

  const ids = new Set([...containerIds, ...nodes.map((n) => n.id)]);
  const edges: ArchEdge[] = d.edges
    .filter((e) => present(e.when) && ids.has(e.from) && ids.has(e.to))
    .map((e, i) => ({
      id: `e${i}-${e.from}-${e.to}`,
      from: e.from,
      to: e.to,
      label: e.label ? fill(e.label) : undefined,
      style: e.style,
      provenance: provenance(e.label ? fill(e.label) : `${e.from} to ${e.to}`, e.when),
    }));

  // Containers left empty by conditions would draw as hollow boxes that mean nothing.
  const used = new Set<string>();
  const mark = (id: string | undefined) => {
    for (let c = id; c && !used.has(c); c = containers.find((x) => x.id === c)?.parent) used.add(c);
  };
  nodes.forEach((n) => mark(n.parent));
  edges.forEach((e) => (containerIds.has(e.from) && mark(e.from), containerIds.has(e.to) && mark(e.to)));

  return { version: 1, title: `${guide.title}: ${outcome.title}`, containers: containers.filter((c) => used.has(c.id)), nodes, edges };
}

import type { CatalogIndex } from '../catalog/load';
import type { Service } from '../catalog/schema';
import type { ArchContainer, ArchNode, Architecture, Equivalence, Provenance } from './model';

/**
 * The provider switch: the same architecture drawn with another cloud's services, from the
 * catalogue's `equivalents`. The guides draw AWS; every switched node keeps the AWS id in its
 * provenance (`originalService`), so switching again (or back) always starts from what the
 * guide drew, never from a translation of a translation. Nodes are marked where the catalogue
 * says the equivalent behaves differently (its `equivalenceNote`) and where there is none
 * (the AWS node stays, marked). Boxes are renamed (AWS Region → Google Cloud region) and the
 * VPC box marked on Google Cloud, where a VPC network is global rather than regional.
 */

export const CLOUD_PROVIDERS = ['aws', 'gcp', 'azure'] as const;
export type CloudProvider = (typeof CLOUD_PROVIDERS)[number];

export const PROVIDER_NAMES: Record<CloudProvider, string> = { aws: 'AWS', gcp: 'Google Cloud', azure: 'Azure' };

const CONTAINER_NOTES: Partial<Record<CloudProvider, Partial<Record<ArchContainer['kind'], string>>>> = {
  gcp: {
    vpc: 'A Google Cloud VPC network is global: one network spans every region and only its subnets are regional.',
    az: 'Google Cloud calls these zones; a regional resource spreads over them much as over AWS AZs.',
  },
  azure: {
    vpc: 'An Azure virtual network (VNet) is regional like an AWS VPC, but its subnets span every availability zone of the region.',
  },
};

/** Word-for-word renames in box labels (never inside other words). */
function renameLabel(label: string, to: CloudProvider): string {
  if (to === 'aws') return label;
  let out = label.replace(/\bAWS\b/g, PROVIDER_NAMES[to]);
  if (to === 'gcp') out = out.replace(/\bAvailability Zone(s?)\b/g, 'Zone$1').replace(/\bAZ(s?)\b/g, 'Zone$1');
  if (to === 'azure') out = out.replace(/\bVPC(s?)\b/g, 'VNet$1');
  return out;
}

/** The equivalent on `to`: the first listed on that provider, else the first listed at all. */
function equivalentOf(service: Service, to: CloudProvider, catalog: CatalogIndex): Service | undefined {
  const found = (service.equivalents[to] ?? []).flatMap((id) => catalog.byId.get(id) ?? []);
  return found.find((s) => s.provider === to) ?? found[0];
}

/** Labels name the service they were written for ("Aurora writer"): carry the rename along. */
const relabel = (label: string, from: Service, into: Service) =>
  label.split(from.name).join(into.name).split(from.short).join(into.short);

/** What the guide drew, whatever switches happened since. */
function original<T extends ArchNode | ArchContainer>(x: T): { label: string; provenance: Provenance } {
  const { originalService: _s, originalLabel, equivalence: _e, ...provenance } = x.provenance;
  return { label: originalLabel ?? x.label, provenance };
}

function switchNode(n: ArchNode, to: CloudProvider, catalog: CatalogIndex): ArchNode {
  const drawnId = n.provenance.originalService ?? n.service;
  const drawn = catalog.byId.get(drawnId);
  const { label, provenance } = original(n);
  const back: ArchNode = drawn
    ? { ...n, service: drawn.id, serviceName: drawn.name, provider: drawn.provider, category: drawn.category, label, provenance }
    : { ...n, service: drawnId, label, provenance };
  if (!drawn || drawn.provider === to || drawn.provider === 'generic' || drawn.provider === 'other') return back;

  const keep = { originalService: drawnId, originalLabel: label };
  const target = equivalentOf(drawn, to, catalog);
  if (!target) {
    const from = PROVIDER_NAMES[drawn.provider as CloudProvider] ?? drawn.provider;
    const note = `${PROVIDER_NAMES[to]} has no equivalent of ${drawn.name} in the catalogue; it is shown as on ${from}.`;
    return { ...back, label: renameLabel(label, to), provenance: { ...provenance, ...keep, equivalence: { kind: 'none', note } } };
  }
  const equivalence: Equivalence | undefined = drawn.equivalenceNote ? { kind: 'differs', note: drawn.equivalenceNote } : undefined;
  return {
    ...n,
    service: target.id,
    serviceName: target.name,
    provider: target.provider,
    category: target.category,
    label: renameLabel(relabel(label, drawn, target), to),
    provenance: { ...provenance, ...keep, ...(equivalence ? { equivalence } : {}) },
  };
}

function switchContainer(c: ArchContainer, to: CloudProvider): ArchContainer {
  const { label, provenance } = original(c);
  if (to === 'aws') return { ...c, label, provenance };
  const note = CONTAINER_NOTES[to]?.[c.kind];
  const renamed = renameLabel(label, to);
  return {
    ...c,
    label: renamed,
    provenance: {
      ...provenance,
      ...(renamed !== label ? { originalLabel: label } : {}),
      ...(note ? { equivalence: { kind: 'differs' as const, note } } : {}),
    },
  };
}

const TITLE_SUFFIX = / \(on (?:AWS|Google Cloud|Azure)\)$/;

/** The architecture on `to`; `aws` restores exactly what the guides drew. Pure. */
export function switchProvider(model: Architecture, catalog: CatalogIndex, to: CloudProvider): Architecture {
  const title = model.title.replace(TITLE_SUFFIX, '');
  return {
    ...model,
    title: to === 'aws' ? title : `${title} (on ${PROVIDER_NAMES[to]})`,
    containers: model.containers.map((c) => switchContainer(c, to)),
    nodes: model.nodes.map((n) => switchNode(n, to, catalog)),
  };
}

/** What the switch marked, for a list beside the diagram: every node that differs or has no equivalent. */
export function providerNotes(model: Architecture): { id: string; label: string; kind: Equivalence['kind']; note: string; from?: string }[] {
  return [...model.containers, ...model.nodes].flatMap((x) => {
    const eq = x.provenance.equivalence;
    return eq ? [{ id: x.id, label: x.label, kind: eq.kind, note: eq.note, ...(x.provenance.originalService ? { from: x.provenance.originalService } : {}) }] : [];
  });
}

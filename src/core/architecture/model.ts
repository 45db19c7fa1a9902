import type { ContainerKind } from '../guide/schema';
import type { Category, Provider } from '../catalog/schema';

/** Which guide and answers put an element on the diagram, so the UI can say why it is there. */
export type Provenance = {
  guide: string;
  outcome: string;
  /** why this element is here, in one line */
  reason: string;
  /** the answers that decided it: the conditions on the element and on the path taken */
  answers: { question: string; prompt: string; answer: string }[];
  /** after a provider switch (./provider.ts): the catalogue id the guide drew (the AWS one) */
  originalService?: string;
  /** after a provider switch: the label the guide drew, so switching back restores it exactly */
  originalLabel?: string;
  /** after a provider switch: where the equivalent behaves differently, or that there is none */
  equivalence?: Equivalence;
};

export type Equivalence = { kind: 'differs' | 'none'; note: string };

export type ArchContainer = {
  id: string;
  kind: ContainerKind;
  label: string;
  parent?: string;
  tier?: 'public' | 'private' | 'data';
  provenance: Provenance;
};

export type ArchNode = {
  id: string;
  service: string;
  label: string;
  /** the catalogue's full name, for tooltips and exports */
  serviceName: string;
  provider: Provider;
  category: Category;
  parent?: string;
  provenance: Provenance;
};

export type ArchEdge = {
  id: string;
  from: string;
  to: string;
  label?: string;
  style: 'sync' | 'async' | 'replication' | 'network';
  provenance: Provenance;
};

/** The one model every view and exporter reads. */
export type Architecture = {
  version: 1;
  title: string;
  containers: ArchContainer[];
  nodes: ArchNode[];
  edges: ArchEdge[];
};

export type Box = { x: number; y: number; width: number; height: number };

export type LaidOutElement = Box & {
  id: string;
  /** position relative to the parent container (what React Flow wants) */
  relX: number;
  relY: number;
  parent?: string;
  depth: number;
};

export type LaidOutEdge = { id: string; from: string; to: string; points: { x: number; y: number }[]; labelAt?: { x: number; y: number } };

/** Absolute coordinates for everything; containers listed parents-first. */
export type Layout = {
  width: number;
  height: number;
  containers: LaidOutElement[];
  nodes: LaidOutElement[];
  edges: LaidOutEdge[];
};

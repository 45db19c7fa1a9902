import type { Service } from '../catalog/schema';
import type { Fact } from '../guide/schema';
import type { RenderedArtefact } from '../guide/artefact';
import type { WhyNotLine } from '../guide/why-not';
import type { ChartData } from '../guide/chart';

export type ServiceWithEquivalents = {
  service: Service;
  gcp: Service[];
  azure: Service[];
  note?: string;
};

/** Everything the recommendation screen, the CLI and the ADR export show for one outcome. */
export type Recommendation = {
  guide: { id: string; title: string };
  outcome: { id: string; title: string; summary: string };
  services: ServiceWithEquivalents[];
  rationale: string;
  notes: string[];
  warnings: string[];
  /** every other outcome: the answer that ruled it out, why it matters and the smallest change that brings it back */
  whyNot: WhyNotLine[];
  /** the service each ruled-out outcome stands for, when this one does not use it, and the answer that ruled it out (./conflicts.ts) */
  ruledOut?: { service: string; name: string; outcome: string; because: string }[];
  facts: Fact[];
  figures: { label: string; value: number; unit: string; text: string }[];
  /** policies and configuration filled from the answers and the typed parameters (absent when the outcome has none) */
  artefacts?: RenderedArtefact[];
  /** charts computed from the answers (absent when the outcome has none) */
  charts?: ChartData[];
  /** the questions answered on the way, in order */
  answers: { question: string; prompt: string; answer: string }[];
};

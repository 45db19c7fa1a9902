import type { RenderedArtefact } from '../guide/artefact';
import { fillTemplate, missingValues, traceValues, type TraceValues } from './fill';
import type { PolicyTrace, PolicyTraceFile, TraceLayer, Verdict } from './schema';

/**
 * A trace filled with the user's values, ready to show: the example request, the verdict and
 * the steps in AWS's evaluation order. Pure; the same inputs give the same text on the
 * screen and in the ADR.
 */

export const LAYER_TITLES: Record<TraceLayer, string> = {
  'explicit-deny': 'Explicit deny',
  scp: 'Service control policies (SCPs)',
  'resource-based': 'Resource-based policy',
  'identity-based': 'Identity-based policies',
  'permissions-boundary': 'Permissions boundary',
  session: 'Session policy',
};

export const VERDICT_LABELS: Record<Verdict, string> = {
  Allowed: 'Allowed',
  ExplicitlyDenied: 'Denied (explicit deny)',
  ImplicitlyDenied: 'Denied (implicit deny)',
};

export type RenderedTraceStep = {
  layer: TraceLayer;
  title: string;
  /** the simulator's result for this policy type */
  result: string;
  decisive: boolean;
  text: string;
  statements: { text: string; applies: boolean; effect: 'Allow' | 'Deny' }[];
};

export type RenderedTrace = {
  id: string;
  title: string;
  note?: string;
  request: { principal: string; action: string; resource: string };
  /** the policies attached for the example, in evaluation order */
  policies: { layer: TraceLayer; name: string; description: string }[];
  verdict: Verdict;
  verdictLabel: string;
  summary: string;
  steps: RenderedTraceStep[];
  /** set when the user's values leave the example without a request to show, saying why; steps are then empty */
  unavailable?: string;
};

/** Every template string of a trace, to find the values it needs. */
function templatesOf(t: PolicyTrace): string[] {
  return [t.title, t.summary, ...t.policies.flatMap((p) => [p.name, p.description]), t.request.principal, t.request.resource, ...t.steps.flatMap((s) => [s.text, ...s.statements.map((x) => x.text)])];
}

function unavailableReason(file: PolicyTraceFile, missing: string[]): string {
  const d = file.derived[missing[0]!];
  return d?.take === 'notIn'
    ? `Your list names every Region this example could use (${d.candidates.join(', ')}), so there is no Region outside it to show.`
    : `The example needs a value for ${missing.join(', ')}.`;
}

function renderOne(file: PolicyTraceFile, t: PolicyTrace, values: TraceValues): RenderedTrace {
  const fill = (s: string) => fillTemplate(s, values);
  const missing = missingValues(templatesOf(t), values);
  const base = {
    id: t.example,
    ...(t.note ? { note: t.note } : {}),
    policies: t.policies.map((p) => ({ layer: p.layer, name: fill(p.name), description: fill(p.description) })),
    verdict: t.verdict,
    verdictLabel: VERDICT_LABELS[t.verdict],
  };
  if (missing.length) {
    const title = t.title.replace(/\{(\w+)\}/g, (whole, n: string) => (missing.includes(n) ? '…' : fill(whole)));
    return { ...base, title, request: { principal: '', action: t.request.action, resource: '' }, summary: '', steps: [], unavailable: unavailableReason(file, missing) };
  }
  return {
    ...base,
    title: fill(t.title),
    request: { principal: fill(t.request.principal), action: t.request.action, resource: fill(t.request.resource) },
    summary: fill(t.summary),
    steps: t.steps.map((s) => ({
      layer: s.layer, title: LAYER_TITLES[s.layer], result: s.result, decisive: s.decisive, text: fill(s.text),
      statements: s.statements.map((x) => ({ text: fill(x.text), applies: x.applies, effect: x.effect })),
    })),
  };
}

/**
 * The traces of an outcome, filled with the values its artefacts use (what the user typed if
 * valid, else the defaults). An example is included only when every artefact it was
 * simulated with is among `artefacts` (an artefact's `when` can hide it).
 */
export function renderTraces(file: PolicyTraceFile, guideId: string, outcomeId: string, artefacts: RenderedArtefact[]): RenderedTrace[] {
  if (file.guide !== guideId) return [];
  const ids = new Set(artefacts.map((a) => a.id));
  const traces = file.traces.filter((t) => t.outcome === outcomeId && t.artefacts.every((a) => ids.has(a)));
  if (!traces.length) return [];
  const params = new Map(artefacts.flatMap((a) => a.params).map((p) => [p.id, { id: p.id, value: p.value, list: p.list }]));
  const values = traceValues([...params.values()], file.derived);
  return traces.map((t) => renderOne(file, t, values));
}


import { runSimulation, type RequestAnalysis, type Simulation } from '@cloud-copilot/iam-simulate';
import { renderArtefacts, type ParamValues, type RenderedArtefact } from '../../src/core/guide/artefact';
import { decide } from '../../src/core/guide/decide';
import type { Guide } from '../../src/core/guide/schema';
import { fillTemplate, missingValues, traceValues, type TraceParam, type TraceValues } from '../../src/core/policy-trace/fill';
import type { PolicyExample, PolicyExamplesFile } from '../../src/core/policy-trace/schema';

/**
 * Build-time and test-time only: runs one example request of a guide through
 * @cloud-copilot/iam-simulate (AGPL-3.0, a dev dependency that must never reach the app or
 * the CLI bundle). Everything the app shows about why a request is allowed or denied comes
 * from here, recorded by write-policy-traces.ts.
 */

/** A policy as the simulator received it, with the template it was filled from. */
export type SimulatedPolicy = { name: string; description: string; template: unknown; document: unknown };

export type ExampleRun = {
  example: PolicyExample;
  analysis: RequestAnalysis;
  values: TraceValues;
  /** by policy type, in the order the example attaches them */
  policies: { scp: SimulatedPolicy[]; identity: SimulatedPolicy[]; resource: SimulatedPolicy[]; boundary: SimulatedPolicy[]; session: SimulatedPolicy[] };
  artefacts: string[];
};

const ARTEFACT = 'artefact:';

/** Fill every string of a policy template (no list parameters occur in the examples' own policies). */
function fillDeep(value: unknown, values: TraceValues): unknown {
  if (typeof value === 'string') return fillTemplate(value, values);
  if (Array.isArray(value)) return value.map((v) => fillDeep(v, values));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillDeep(v, values)]));
  return value;
}

/** The outcome's artefacts for the example's answers, filled with `typed` (defaults where missing). Throws naming the problem. */
function artefactsFor(guide: Guide, example: PolicyExample, typed: ParamValues): RenderedArtefact[] {
  const decided = decide(guide, example.answers);
  if (decided.status !== 'outcome') throw new Error(`example ${example.id}: its answers do not reach an outcome of ${guide.id}`);
  if (decided.outcome !== example.outcome) throw new Error(`example ${example.id}: its answers reach ${decided.outcome}, not ${example.outcome}`);
  const outcome = guide.outcomes.find((o) => o.id === decided.outcome)!;
  const rendered = renderArtefacts(guide, outcome, decided.answers, typed);
  const bad = rendered.flatMap((a) => a.params).find((p) => p.error);
  if (bad) throw new Error(`example ${example.id}: ${bad.error}`);
  return rendered;
}

/** Run one example with the values the user typed (the artefacts' defaults for the rest). Throws on any input the simulator refuses. */
export async function simulateExample(guide: Guide, file: PolicyExamplesFile, example: PolicyExample, typed: ParamValues = {}): Promise<ExampleRun> {
  const rendered = artefactsFor(guide, example, typed);
  const params = new Map<string, TraceParam>();
  for (const p of rendered.flatMap((a) => a.params)) params.set(p.id, { id: p.id, value: p.value, list: p.list });
  const values = traceValues([...params.values()], file.derived);
  const templates = [example.title, example.principal, example.resource, example.resourceAccount, ...Object.values(example.context)];
  const missing = missingValues(templates, values);
  if (missing.length) throw new Error(`example ${example.id}: no value for ${missing.join(', ')}`);

  const used: string[] = [];
  const policy = (ref: string): SimulatedPolicy => {
    if (ref.startsWith(ARTEFACT)) {
      const id = ref.slice(ARTEFACT.length);
      const a = rendered.find((r) => r.id === id);
      const template = guide.outcomes.find((o) => o.id === example.outcome)?.artefacts.find((x) => x.id === id)?.document;
      if (!a?.document || template === undefined) throw new Error(`example ${example.id}: the outcome shows no policy artefact ${id} for these answers`);
      used.push(id);
      return { name: id, description: 'generated above, with your values', template, document: a.document };
    }
    const own = file.policies[ref];
    if (!own) throw new Error(`example ${example.id}: no policy named ${ref} in the examples file`);
    return { name: ref, description: own.description, template: own.document, document: fillDeep(own.document, values) };
  };
  const policies = {
    scp: (example.scp ?? []).map(policy),
    identity: example.identity.map(policy),
    resource: example.resourcePolicy ? [policy(example.resourcePolicy)] : [],
    boundary: (example.boundary ?? []).map(policy),
    session: example.session ? [policy(example.session)] : [],
  };
  const named = (list: SimulatedPolicy[]) => list.map((p) => ({ name: p.name, policy: p.document }));
  const simulation: Simulation = {
    identityPolicies: named(policies.identity),
    serviceControlPolicies: policies.scp.length ? [{ orgIdentifier: 'ou-workloads', policies: named(policies.scp) }] : [],
    resourceControlPolicies: [],
    ...(policies.resource[0] ? { resourcePolicy: policies.resource[0].document } : {}),
    ...(policies.boundary.length ? { permissionBoundaryPolicies: named(policies.boundary) } : {}),
    ...(policies.session[0] ? { sessionPolicy: policies.session[0].document } : {}),
    request: {
      principal: fillTemplate(example.principal, values),
      action: example.action,
      resource: { resource: fillTemplate(example.resource, values), accountId: fillTemplate(example.resourceAccount, values) },
      contextVariables: Object.fromEntries(Object.entries(example.context).map(([k, v]) => [k, fillTemplate(v, values)])),
    },
  };
  const response = await runSimulation(simulation, {});
  if (response.resultType === 'error') throw new Error(`example ${example.id}: the simulator refused it: ${JSON.stringify(response.errors)}`);
  if (response.resultType !== 'single') throw new Error(`example ${example.id}: name one resource, not a pattern`);
  return { example, analysis: response.result.analysis, values, policies, artefacts: used };
}

import { getDenialReasons, type RequestAnalysis } from '@cloud-copilot/iam-simulate';
import type { PolicyTrace, TraceLayer, TraceStatement, TraceStep, Verdict } from '../../src/core/policy-trace/schema';
import type { Guide } from '../../src/core/guide/schema';
import type { ExampleRun, SimulatedPolicy } from './simulate';
import { IMPLICIT_DENIALS, LAYER_NAMES, statementName, statementText, stepText } from './texts';

/**
 * Turn the simulator's analysis of one example into a trace: the steps of AWS's evaluation
 * order, each with the statements the simulator matched (or not) and why, written as
 * templates over the user's values. Structure (results, which statement applied, which
 * condition held) is the simulator's; the value strings are taken from the templates the
 * policies and the example were filled from, so the app can show the user's own values.
 */

type IdentityAnalysis = NonNullable<RequestAnalysis['identityAnalysis']>;
type StatementAnalysis = IdentityAnalysis['allowStatements'][number];
type ConditionExplain = NonNullable<StatementAnalysis['explain']['conditions']>[number];
type Layer = Exclude<TraceLayer, 'explicit-deny'>;

/** One analysed statement with the policy it came from. */
type Analysed = { layer: Layer; policy: SimulatedPolicy; analysis: StatementAnalysis };

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const statementsOf = (a: { allowStatements: StatementAnalysis[]; denyStatements: StatementAnalysis[]; unmatchedStatements: StatementAnalysis[] } | undefined) =>
  a ? [...a.allowStatements, ...a.denyStatements, ...a.unmatchedStatements] : [];

/** Every statement the simulator analysed, by layer, in the order the example attaches the policies. */
function analysed(run: ExampleRun): Analysed[] {
  const a = run.analysis;
  const byLayer: [Layer, SimulatedPolicy[], StatementAnalysis[]][] = [
    ['scp', run.policies.scp, (a.scpAnalysis?.ouAnalysis ?? []).flatMap(statementsOf)],
    ['resource-based', run.policies.resource, statementsOf(a.resourceAnalysis)],
    ['identity-based', run.policies.identity, statementsOf(a.identityAnalysis)],
    ['permissions-boundary', run.policies.boundary, statementsOf(a.permissionBoundaryAnalysis)],
    ['session', run.policies.session, statementsOf(a.sessionAnalysis)],
  ];
  return byLayer.flatMap(([layer, policies, statements]) => {
    // A resource policy and a session policy are unnamed in the simulator: the layer has one.
    const policyOf = (s: StatementAnalysis) => (policies.length === 1 ? policies[0] : policies.find((p) => p.name === s.policyId));
    return statements
      .map((s) => ({ layer, policy: policyOf(s)!, analysis: s }))
      .sort((x, y) => policies.indexOf(x.policy) - policies.indexOf(y.policy) || x.analysis.statement.index() - y.analysis.statement.index());
  });
}

const templateStatement = (s: Analysed): Record<string, unknown> =>
  ((s.policy.template as { Statement: Record<string, unknown>[] }).Statement[s.analysis.statement.index() - 1] ?? {});

const lookup = <T>(record: Record<string, T> | undefined, key: string): T | undefined =>
  record ? Object.entries(record).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1] : undefined;

/** A condition as templates: the policy's values as written, the request's value as the example gives it. */
function conditionOf(run: ExampleRun, s: Analysed, c: ConditionExplain): TraceStatement['conditions'][number] {
  const written = lookup(templateStatement(s).Condition as Record<string, Record<string, unknown>> | undefined, c.operator);
  const values = lookup(written, c.conditionKeyValue);
  if (values === undefined) throw new Error(`${s.policy.name}: no template for ${c.operator} ${c.conditionKeyValue}`);
  const request = lookup(run.example.context, c.conditionKeyValue) ?? null;
  if (request === null && c.resolvedConditionKeyValue !== undefined) {
    throw new Error(`example ${run.example.id}: the simulator set ${c.conditionKeyValue} itself; state it in the example's context`);
  }
  return { operator: c.operator, key: c.conditionKeyValue, request, values: asArray(values as string | string[]).map(String), holds: c.matches };
}

function statementOf(run: ExampleRun, s: Analysed, label: string, lists: Set<string>): TraceStatement {
  const e = s.analysis.explain;
  const base = {
    policy: s.policy.name,
    sid: s.analysis.statement.sid() ?? String(s.analysis.statement.index()),
    effect: e.effect as 'Allow' | 'Deny',
    applies: e.matches,
    action: e.actionMatch,
    resource: e.resourceMatch,
    // Conditions decide only once action and resource match; before that AWS's result does not depend on them.
    conditions: e.actionMatch && e.resourceMatch ? (e.conditions ?? []).map((c) => conditionOf(run, s, c)) : [],
  };
  return { ...base, text: statementText(base, templateStatement(s), { action: run.example.action, resource: run.example.resource }, label, lists) };
}

const DENIAL_TYPES: Partial<Record<Layer, string>> = { scp: 'scp', 'resource-based': 'resource', 'identity-based': 'identity', 'permissions-boundary': 'pb' };

/** The first layer, in evaluation order, the simulator names for an implicit deny (session policies it reports by result only). */
function implicitDenier(run: ExampleRun, layers: Layer[]): Layer | undefined {
  const reasons = getDenialReasons(run.analysis).filter((r) => r.denialType === 'Implicit').map((r) => r.policyType as string);
  return layers.find((l) => (l === 'session' ? run.analysis.sessionAnalysis?.result === 'ImplicitlyDenied' : reasons.includes(DENIAL_TYPES[l]!)));
}

const POLICY_LISTS: Record<Layer, keyof ExampleRun['policies']> = {
  scp: 'scp', 'resource-based': 'resource', 'identity-based': 'identity', 'permissions-boundary': 'boundary', session: 'session',
};
const policiesOf = (run: ExampleRun, layer: Layer): SimulatedPolicy[] => run.policies[POLICY_LISTS[layer]];

const LAYER_RESULT: Record<Layer, (a: RequestAnalysis) => string | undefined> = {
  scp: (a) => a.scpAnalysis?.result,
  'resource-based': (a) => a.resourceAnalysis?.result,
  'identity-based': (a) => a.identityAnalysis?.result,
  'permissions-boundary': (a) => a.permissionBoundaryAnalysis?.result,
  session: (a) => a.sessionAnalysis?.result,
};

/** The trace of one run. Throws when the simulator's per-statement findings and its verdict disagree. */
export function traceOf(guide: Guide, run: ExampleRun): PolicyTrace {
  const { example, analysis } = run;
  const verdict = analysis.result as Verdict;
  const lists = new Set(Object.keys(run.values.lists));
  const titles = new Map(guide.outcomes.find((o) => o.id === example.outcome)!.artefacts.map((a) => [a.id, a.title]));
  const label = (s: Analysed) => (titles.has(s.policy.name) ? `“${titles.get(s.policy.name)}”` : s.policy.name);
  const all = analysed(run).map((s) => ({ s, t: statementOf(run, s, label(s), lists) }));
  const denies = all.filter(({ t }) => t.effect === 'Deny');
  const applyingDenies = denies.filter(({ t }) => t.applies);
  if ((verdict === 'ExplicitlyDenied') !== (applyingDenies.length > 0)) throw new Error(`example ${example.id}: verdict ${verdict} but ${applyingDenies.length} Deny statements apply`);
  const name = ({ s, t }: (typeof all)[number]) => statementName(label(s), t.sid);

  const layers = (Object.keys(LAYER_RESULT) as Layer[]).filter((l) => all.some(({ s }) => s.layer === l) || (l === 'identity-based'));
  const decider = verdict === 'ImplicitlyDenied' ? implicitDenier(run, layers) : undefined;
  if (verdict === 'ImplicitlyDenied' && !decider) throw new Error(`example ${example.id}: the simulator names no policy type for its implicit deny`);

  const steps: TraceStep[] = [{
    layer: 'explicit-deny', result: applyingDenies.length ? 'ExplicitlyDenied' : 'NoExplicitDeny', decisive: applyingDenies.length > 0,
    text: stepText('explicit-deny', '', example.action, applyingDenies.map(name), denies.length, analysis.sameAccount),
    statements: denies.map(({ t }) => t),
  }];
  for (const layer of verdict === 'ExplicitlyDenied' ? [] : layers) {
    const allows = all.filter(({ s, t }) => s.layer === layer && t.effect === 'Allow');
    const result = LAYER_RESULT[layer](analysis) ?? 'NotApplicable';
    const text = stepText(layer, result, example.action, allows.filter(({ t }) => t.applies).map(name), 0, analysis.sameAccount);
    steps.push({ layer, result, decisive: layer === decider, text, statements: allows.map(({ t }) => t) });
    if (layer === decider) break;
  }

  const denier = applyingDenies[0];
  const summary =
    verdict === 'Allowed' ? `Allowed: no Deny applies, and every policy type in play allows ${example.action}.`
    : denier ? `Denied by an explicit deny in the ${LAYER_NAMES[denier.s.layer]}: ${name(denier)}.`
    : `Denied by an implicit deny: ${IMPLICIT_DENIALS[decider!]} ${example.action}.`;
  return {
    example: example.id, outcome: example.outcome, artefacts: run.artefacts, title: example.title,
    ...(example.note ? { note: example.note } : {}),
    request: { principal: example.principal, action: example.action, resource: example.resource },
    policies: (Object.keys(LAYER_RESULT) as Layer[]).flatMap((layer) => policiesOf(run, layer).map((p) => ({ layer, name: titles.has(p.name) ? `“${titles.get(p.name)}”` : p.name, description: p.description }))),
    verdict, summary, steps,
  };
}

/** What the simulator itself compared, per condition: for checking that the templates, filled, show exactly that. */
export function comparedValues(run: ExampleRun): { statement: string; key: string; request: string | null; values: string[] }[] {
  return analysed(run).flatMap((s) =>
    (s.analysis.explain.conditions ?? []).map((c) => ({
      statement: `${s.policy.name} › ${s.analysis.statement.sid() ?? s.analysis.statement.index()}`,
      key: c.conditionKeyValue,
      request: c.resolvedConditionKeyValue ?? null,
      values: asArray(c.values).map((v) => v.value),
    })),
  );
}

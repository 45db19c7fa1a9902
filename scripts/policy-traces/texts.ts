import type { TraceLayer, TraceStatement } from '../../src/core/policy-trace/schema';

/**
 * The sentences of a trace, as templates over the user's values. They restate what the
 * simulator reported (which statement applied, which condition held); they decide nothing.
 */

export const LAYER_NAMES: Record<TraceLayer, string> = {
  'explicit-deny': 'explicit-deny check',
  scp: 'service control policies (SCPs)',
  'resource-based': 'resource-based policy',
  'identity-based': 'identity-based policies',
  'permissions-boundary': 'permissions boundary',
  session: 'session policy',
};

/** How each policy type fails to allow, for the verdict's one line. */
export const IMPLICIT_DENIALS: Record<Exclude<TraceLayer, 'explicit-deny'>, string> = {
  scp: 'no SCP allows',
  'resource-based': 'the resource-based policy does not allow',
  'identity-based': 'no identity-based policy allows',
  'permissions-boundary': 'the permissions boundary does not allow',
  session: 'the session policy does not allow',
};

/** "policy › Sid", or "policy › statement 2" for a statement without a Sid. */
export const statementName = (label: string, sid: string): string => `${label} › ${/^\d+$/.test(sid) ? `statement ${sid}` : sid}`;

type Condition = TraceStatement['conditions'][number];

/** Operators comparing for equality or by pattern; the rest are described by name. */
const RELATIONS: { test: RegExp; yes: [string, string]; no: [string, string] }[] = [
  { test: /^(String|Arn)(Equals|EqualsIgnoreCase)$|^(String|Arn)Not(Equals|EqualsIgnoreCase)$/, yes: ['is', 'is one of'], no: ['is not', 'is not one of'] },
  { test: /^(String|Arn)(Not)?Like$/, yes: ['matches', 'matches one of'], no: ['does not match', 'matches none of'] },
];

/**
 * One condition as a fact about the request, then IAM's own verdict on it, e.g.
 * "aws:RequestedRegion ap-southeast-2 is not one of {approvedRegions} (StringNotEquals: true)".
 * `lists` names the list parameters, so "{approvedRegions}" reads as "one of".
 */
export function conditionText(c: Condition, lists: Set<string>): string {
  const verdict = `(${c.operator}: ${c.holds})`;
  if (c.request === null) return `the request carries no ${c.key} ${verdict}`;
  const base = c.operator.replace(/^(ForAllValues|ForAnyValue):/, '').replace(/IfExists$/, '');
  const many = c.values.length > 1 || c.values.some((v) => lists.has(/^\{(\w+)\}$/.exec(v)?.[1] ?? ''));
  const shown = c.values.join(', ');
  const relation = RELATIONS.find((r) => r.test.test(base));
  if (!relation) return `${c.key} is ${c.request}; ${c.operator} ${shown} ${verdict}`;
  const negated = /Not/.test(base);
  const [one, several] = c.holds !== negated ? relation.yes : relation.no;
  return `${c.key} ${c.request} ${many ? several : one} ${shown} ${verdict}`;
}

const list = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

/** What one statement did with the request. `template` is the statement as written in the policy template. */
export function statementText(s: Omit<TraceStatement, 'text'>, template: Record<string, unknown>, request: { action: string; resource: string }, label: string, lists: Set<string>): string {
  const head = statementName(label, s.sid);
  const verb = s.effect === 'Allow' ? 'allows' : 'denies';
  const resources = list(template.Resource);
  if (!s.action) return template.NotAction ? `${head} leaves ${request.action} out (NotAction), so it does not apply.` : `${head} does not cover ${request.action}.`;
  if (!s.resource) return `${head} covers ${request.action} only on ${resources.join(' and ')}, not on ${request.resource}.`;
  const describe = (cs: Condition[]) => cs.map((c) => conditionText(c, lists)).join('; ');
  if (!s.applies) return `${head} would ${s.effect === 'Allow' ? 'allow' : 'deny'} ${request.action}, but its condition is not met: ${describe(s.conditions.filter((c) => !c.holds))}.`;
  const conditions = describe(s.conditions);
  const where = resources.length && !resources.includes('*') ? ` on ${resources.join(' and ')}` : '';
  return `${head} ${verb} ${request.action}${where}${conditions ? `, as ${conditions}` : ''}.`;
}

/** The sentence for one step; `applying` are the statements of that step that applied. */
export function stepText(layer: TraceLayer, result: string, action: string, applying: string[], denies: number, sameAccount: boolean): string {
  const names = applying.join(', ');
  switch (layer) {
    case 'explicit-deny':
      if (applying.length) return `${names} denies ${action}. A Deny in any policy overrides every Allow, so AWS stops here.`;
      return denies ? `No Deny statement applies (${denies} checked), so AWS goes on to look for an Allow.` : 'None of the policies in play has a Deny statement, so AWS goes on to look for an Allow.';
    case 'scp':
      return result === 'Allowed' ? `The SCPs allow ${action} (${names}): they cap what the account may do, they grant nothing themselves.` : `No SCP allows ${action}: an implicit deny, whatever the account's own policies grant.`;
    case 'resource-based':
      if (result === 'Allowed') return sameAccount ? `The resource-based policy allows ${action} (${names}).` : `The resource-based policy allows ${action} (${names}); the principal is in another account, so its own identity-based policies must allow it too.`;
      if (result === 'NotApplicable') return 'No statement of the resource-based policy names this request.';
      return sameAccount ? `The resource-based policy does not allow ${action} (${result}).` : `The resource-based policy does not allow ${action} to a principal of another account: an implicit deny.`;
    case 'identity-based':
      return result === 'Allowed' ? `The identity-based policies allow ${action} (${names}).` : `No identity-based policy allows ${action}: an implicit deny.`;
    case 'permissions-boundary':
      return result === 'Allowed' ? `The permissions boundary allows ${action} too (${names}), so the identity-based grant stands.` : `The permissions boundary does not allow ${action}: an implicit deny, however much the identity-based policies grant.`;
    case 'session':
      return result === 'Allowed' ? `The session policy allows ${action} too (${names}).` : `The session policy does not allow ${action}: an implicit deny, although the role itself may.`;
  }
}

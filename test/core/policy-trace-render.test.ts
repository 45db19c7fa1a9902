import { describe, expect, it } from 'vitest';
import type { ParamValues } from '../../src/core/guide/artefact';
import { buildArchitecture } from '../../src/core/architecture/build';
import { toAdr } from '../../src/core/export/adr';
import { decide } from '../../src/core/guide/decide';
import { policyTracesFor } from '../../src/core/policy-trace/shipped';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { loadGuide } from '../helpers/guides';
import { realLibrary } from './merge-cases';

/** The shipped guardrail traces as the screen and the ADR show them: filled with what the user typed. */

const guide = loadGuide('access-guardrails');

function recommend(answers: Record<string, string | number>, values: ParamValues = {}) {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error('no outcome');
  return { decided: d, rec: buildRecommendation(guide, realLibrary().catalog, d, values) };
}
const traces = (answers: Record<string, string | number>, values: ParamValues = {}) => policyTracesFor(recommend(answers, values).rec);
const org = { cloud: 'aws', goal: 'ceiling', accountCount: 12 };
const byId = (list: ReturnType<typeof traces>, id: string) => list.find((t) => t.id === id)!;

describe('policy traces on the recommendation', () => {
  it('show the Region lock with the default Regions, explicit deny first and the deciding step last', () => {
    const denied = byId(traces(org), 'scp-unapproved-region');
    expect(denied.title).toBe('orders-fn writes the same order in ap-southeast-2, a Region not on your list');
    expect(denied.verdictLabel).toBe('Denied (explicit deny)');
    expect(denied.steps.map((s) => s.title)).toEqual(['Explicit deny']);
    expect(denied.steps[0]!.statements[0]!.text).toContain('aws:RequestedRegion ap-southeast-2 is not one of us-east-1, eu-west-1 (StringNotEquals: true)');

    const allowed = byId(traces(org), 'scp-approved-region');
    expect(allowed.verdict).toBe('Allowed');
    expect(allowed.steps.map((s) => s.title)).toEqual(['Explicit deny', 'Service control policies (SCPs)', 'Identity-based policies']);
    expect(allowed.policies.map((p) => `${p.layer}: ${p.name}`)).toEqual([
      'scp: FullAWSAccess', 'scp: “SCP: approved Regions only”', 'scp: “SCP: keep the security services on”', 'identity-based: orders-fn-archive',
    ]);
  });

  it('follow the Regions and role the user typed', () => {
    const typed = traces(org, { approvedRegions: 'eu-central-1, ap-southeast-2', breakGlassRole: 'Responder' });
    expect(byId(typed, 'scp-approved-region').title).toBe('orders-fn writes an order to S3 in eu-central-1, an approved Region');
    const outside = byId(typed, 'scp-unapproved-region');
    expect(outside.title).toContain('in sa-east-1, a Region not on your list');
    expect(outside.steps[0]!.statements[0]!.text).toContain('is not one of eu-central-1, ap-southeast-2');
    expect(outside.steps[0]!.statements[0]!.text).toContain('arn:aws:iam::*:role/Responder');
    expect(byId(typed, 'scp-break-glass').request.principal).toBe('arn:aws:iam::111122223333:role/Responder');
  });

  it('keep the defaults while a typed value is invalid, as the snippets do', () => {
    expect(byId(traces(org, { approvedRegions: 'Frankfurt' }), 'scp-approved-region').title).toContain('in us-east-1,');
  });

  it('say why an example is hidden when the list names every Region it could use', () => {
    const all = traces(org, { approvedRegions: 'ap-southeast-2, sa-east-1, af-south-1, ca-central-1, me-south-1' });
    const outside = byId(all, 'scp-unapproved-region');
    expect(outside.steps).toEqual([]);
    expect(outside.unavailable).toMatch(/^Your list names every Region this example could use \(ap-southeast-2, sa-east-1/);
    expect(byId(all, 'scp-approved-region').steps.length).toBeGreaterThan(0);
  });

  it('show only the examples of the artefacts the answers bring', () => {
    expect(traces({ cloud: 'aws', goal: 'grant' }).map((t) => t.id)).toEqual(['grant-read-prefix', 'grant-list-prefix', 'grant-read-outside-prefix', 'grant-delete']);
    expect(traces({ cloud: 'aws', goal: 'ceiling', accountCount: 1 }).map((t) => t.id)).toEqual(['ceiling-approved-region', 'ceiling-unapproved-region', 'ceiling-break-glass']);
    expect(traces({ cloud: 'gcp', gcpGoal: 'constraints' })).toEqual([]);
  });

  it('name one object a wildcard prefix covers, keeping the wildcard in the policy', () => {
    const read = byId(traces({ cloud: 'aws', goal: 'grant' }, { prefix: 'reports/*', bucket: 'acme-data' }), 'grant-read-prefix');
    expect(read.request.resource).toBe('arn:aws:s3:::acme-data/reports/x/2026/summary.csv');
    expect(read.steps.at(-1)!.statements.map((s) => s.text)).toContain('“Least-privilege read of one prefix” › ReadThePrefix allows s3:GetObject on arn:aws:s3:::acme-data/reports/*/*.');
  });

  it('go into the ADR under the policies, with the typed Regions, one numbered step per policy type', () => {
    const { decided, rec } = recommend(org, { approvedRegions: 'eu-central-1, eu-west-1' });
    const adr = toAdr(rec, buildArchitecture(guide, realLibrary().catalog, decided), { date: '2026-11-29' });
    const section = adr.slice(adr.indexOf('### Why a request is allowed or denied'), adr.indexOf('## Consequences'));
    expect(section).toContain('**orders-fn writes the same order in ap-southeast-2, a Region not on your list**: Denied by an explicit deny in the service control policies (SCPs)');
    expect(section).toContain('**orders-fn writes an order to S3 in eu-central-1, an approved Region**: Allowed');
    expect(section).toContain('1. *Explicit deny*: No Deny statement applies (3 checked)');
    expect(section).toContain('2. *Service control policies (SCPs)*: The SCPs allow s3:PutObject');
    expect(toAdr(recommend({ cloud: 'aws', goal: 'grant' }).rec, buildArchitecture(guide, realLibrary().catalog, recommend({ cloud: 'aws', goal: 'grant' }).decided), { date: '2026-11-29' })).toContain('**The reporting role reads reports/2026/summary.csv**: Allowed');
  });
});

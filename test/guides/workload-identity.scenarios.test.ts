import { describe, expect, it } from 'vitest';
import { buildArchitecture } from '../../src/core/architecture/build';
import { decide } from '../../src/core/guide/decide';
import { toAdr } from '../../src/core/export/adr';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('workload-identity');

/** Situations from the seed's IAM & Identity section (and S10.Q3 on CI/CD), and the credential a senior architect picks. */
const scenarios: Scenario[] = [
  { situation: 'a Java service on EC2 reads one S3 bucket', answers: { runsOn: 'aws-compute', awsCompute: 'ec2' }, expected: 'instance-role' },
  { situation: 'a Lambda function writes to DynamoDB', answers: { runsOn: 'aws-compute', awsCompute: 'lambda' }, expected: 'instance-role' },
  { situation: 'ECS tasks on Fargate call SQS', answers: { runsOn: 'aws-compute', awsCompute: 'ecs-tasks' }, expected: 'instance-role' },
  { situation: 'pods on EKS managed node groups, current SDKs: Pod Identity', answers: { runsOn: 'eks', eksNodes: 'ec2-nodes', irsaNeeded: 'nothing' }, expected: 'eks-pod-identity' },
  { situation: 'the same pods, but one add-on pins an SDK too old for Pod Identity: IRSA', answers: { runsOn: 'eks', eksNodes: 'ec2-nodes', irsaNeeded: 'needs-irsa' }, expected: 'irsa' },
  { situation: 'pods on EKS Fargate have no node agent: IRSA', answers: { runsOn: 'eks', eksNodes: 'fargate' }, expected: 'irsa' },
  { situation: 'a GKE workload reads Cloud Storage', answers: { runsOn: 'gke' }, expected: 'gke-workload-identity' },
  { situation: 'one App Service app reads secrets from Key Vault', answers: { runsOn: 'azure', azureSharing: 'one-resource' }, expected: 'azure-system-assigned' },
  { situation: 'blue and green slots must share the same pre-granted access', answers: { runsOn: 'azure', azureSharing: 'shared' }, expected: 'azure-user-assigned' },
  { situation: 'a deploy role in the tooling account acts in prod for up to 60 minutes', answers: { runsOn: 'other-aws-account', callerKind: 'own-workload', sessionMinutes: 60 }, expected: 'cross-account-role' },
  { situation: 'a monitoring SaaS reads CloudWatch from its own AWS account', answers: { runsOn: 'other-aws-account', callerKind: 'third-party', sessionMinutes: 60 }, expected: 'cross-account-role' },
  { situation: 'a vendor outside our organisation runs on AWS and can assume a role', answers: { runsOn: 'outside-cloud', externalProof: 'vendor-aws', sessionMinutes: 30 }, expected: 'cross-account-role' },
  { situation: 'GitHub Actions deploys with Terraform', answers: { runsOn: 'ci-cd', ciSystem: 'github', sessionMinutes: 45 }, expected: 'oidc-federation' },
  { situation: 'GitLab CI deploys to AWS', answers: { runsOn: 'ci-cd', ciSystem: 'other-oidc', sessionMinutes: 20 }, expected: 'oidc-federation' },
  { situation: 'Jenkins runs on EC2 and deploys with its instance role', answers: { runsOn: 'ci-cd', ciSystem: 'runs-on-aws', awsCompute: 'ec2' }, expected: 'instance-role' },
  { situation: 'a Jenkins server in the data centre with a PKI-issued certificate', answers: { runsOn: 'ci-cd', ciSystem: 'no-oidc', externalProof: 'x509' }, expected: 'roles-anywhere' },
  { situation: 'on-premises backup servers with certificates from the corporate CA', answers: { runsOn: 'outside-cloud', externalProof: 'x509' }, expected: 'roles-anywhere' },
  { situation: 'Kubernetes outside AWS signs service-account tokens', answers: { runsOn: 'outside-cloud', externalProof: 'oidc', sessionMinutes: 60 }, expected: 'oidc-federation' },
  { situation: 'a storage appliance only accepts an access key, rotated every 90 days', answers: { runsOn: 'outside-cloud', externalProof: 'keys-only', rotationDays: 90 }, expected: 'iam-user-keys' },
];

const warnings = (answers: Record<string, string | number>) => {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  return buildRecommendation(guide, realLibrary().catalog, d).warnings.join(' ');
};

describe('workload-identity guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('warns about the 1-hour session limit from 61 minutes, not at 60', () => {
    const base = { runsOn: 'ci-cd', ciSystem: 'github' };
    expect(warnings({ ...base, sessionMinutes: 60 })).not.toMatch(/capped at 1 hour/);
    expect(warnings({ ...base, sessionMinutes: 61 })).toMatch(/A job of 61 minutes outlives the default 1-hour session/);
    expect(warnings({ runsOn: 'other-aws-account', callerKind: 'people', sessionMinutes: 61 })).toMatch(/role chaining is capped at 1 hour/);
  });

  it('warns about key age from 91 days, not at 90', () => {
    const base = { runsOn: 'outside-cloud', externalProof: 'keys-only' };
    expect(warnings({ ...base, rotationDays: 90 })).not.toMatch(/longer than the 90 days/);
    expect(warnings({ ...base, rotationDays: 91 })).toMatch(/Rotating only every 91 days leaves each key alive longer than the 90 days/);
  });

  it('rejects a session longer than the 12-hour maximum and names the range', () => {
    const result = decide(guide, { runsOn: 'ci-cd', ciSystem: 'github', sessionMinutes: 721 });
    expect(result.status).toBe('error');
    expect(result.status === 'error' && result.message).toMatch(/15 to 720 minutes/);
  });

  it('fills the IRSA trust policy with the namespace and service account the user typed', () => {
    const d = decide(guide, { runsOn: 'eks', eksNodes: 'fargate' });
    if (d.status !== 'outcome') throw new Error('no outcome');
    const rec = buildRecommendation(guide, realLibrary().catalog, d, { namespace: 'billing', serviceAccount: 'invoice-worker', region: 'eu-west-1', oidcId: 'ABCDEF0123456789ABCDEF01' });
    const trust = rec.artefacts?.find((a) => a.id === 'trust-policy');
    const condition = JSON.parse(trust!.text).Statement[0].Condition.StringEquals;
    expect(condition['oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF0123456789ABCDEF01:sub']).toBe('system:serviceaccount:billing:invoice-worker');
  });

  it('shows only the trust policy that fits who calls from the other account', () => {
    const ids = (callerKind: string) => {
      const d = decide(guide, { runsOn: 'other-aws-account', callerKind, sessionMinutes: 30 });
      if (d.status !== 'outcome') throw new Error('no outcome');
      return buildRecommendation(guide, realLibrary().catalog, d).artefacts?.map((a) => a.id);
    };
    expect(ids('third-party')).toEqual(['trust-vendor']);
    expect(ids('people')).toEqual(['trust-people', 'caller-policy']);
    expect(ids('own-workload')).toEqual(['trust-workload', 'caller-policy']);
  });

  it('exports the filled policies in the decision record', () => {
    const d = decide(guide, { runsOn: 'ci-cd', ciSystem: 'github', sessionMinutes: 30 });
    if (d.status !== 'outcome') throw new Error('no outcome');
    const { catalog } = realLibrary();
    const rec = buildRecommendation(guide, catalog, d, { githubOrg: 'acme', githubRepo: 'shop', githubRef: 'environment:prod' });
    const adr = toAdr(rec, buildArchitecture(guide, catalog, d), { date: '2026-11-29' });
    expect(adr).toContain('## Policies and configuration');
    expect(adr).toContain('### GitHub Actions OIDC trust policy');
    expect(adr).toContain('"token.actions.githubusercontent.com:sub": "repo:acme/shop:environment:prod"');
    expect(adr).toMatch(/```yaml\npermissions:\n {2}id-token: write/);
  });
});

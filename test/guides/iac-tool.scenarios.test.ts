import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('iac-tool');

const eng = { whoProvisions: 'engineers' } as const;
const awsOnly = { ...eng, clouds: 'aws-only' } as const;

/** Situations from the seed's Well-Architected section (S10.Q2, S10.Q7), and the tool a senior architect picks. */
const scenarios: Scenario[] = [
  { situation: 'an AWS-only start-up whose developers write TypeScript', answers: { ...awsOnly, existingTooling: 'none', scope: 'one-workload', language: 'general-purpose' }, expected: 'cdk' },
  { situation: 'the same start-up, but operators want declarative YAML', answers: { ...awsOnly, existingTooling: 'none', scope: 'one-workload', language: 'declarative' }, expected: 'cloudformation' },
  { situation: 'existing CloudFormation stacks, developers want TypeScript', answers: { ...awsOnly, existingTooling: 'cloudformation', scope: 'one-workload', language: 'general-purpose' }, expected: 'cdk' },
  { situation: 'a security baseline for every account of the organisation', answers: { ...awsOnly, existingTooling: 'none', scope: 'org-baseline' }, expected: 'cloudformation' },
  { situation: 'an AWS-only bank with five years of Terraform modules', answers: { ...awsOnly, existingTooling: 'terraform' }, expected: 'terraform' },
  { situation: 'AWS plus edge DNS, monitors and paging in SaaS tools, reviewed as HCL', answers: { ...eng, clouds: 'aws-plus-saas', existingTooling: 'none', language: 'declarative' }, expected: 'terraform' },
  { situation: 'AWS and GCP with an existing Terraform estate', answers: { ...eng, clouds: 'multi-cloud', existingTooling: 'terraform' }, expected: 'terraform' },
  { situation: 'AWS and GCP, typed Python components for product teams', answers: { ...eng, clouds: 'multi-cloud', existingTooling: 'none', language: 'general-purpose' }, expected: 'pulumi' },
  { situation: 'AWS plus SaaS, moving off CloudFormation, developers write Go', answers: { ...eng, clouds: 'aws-plus-saas', existingTooling: 'cloudformation', language: 'general-purpose' }, expected: 'pulumi' },
  { situation: 'a platform team offering databases through Kubernetes manifests', answers: { whoProvisions: 'platform-api' }, expected: 'crossplane' },
];

const recommend = (answers: Record<string, string | number>) => {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  return buildRecommendation(guide, realLibrary().catalog, d);
};

describe('iac-tool guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('writes an S3 backend that locks with a lock file, not a DynamoDB table', () => {
    const r = recommend({ ...awsOnly, existingTooling: 'terraform' });
    const backend = r.artefacts?.find((a) => a.id === 's3-backend');
    expect(backend).toBeDefined();
    const doc = JSON.parse(backend!.text) as { terraform: { backend: { s3: Record<string, unknown> } } };
    expect(doc.terraform.backend.s3.use_lockfile).toBe(true);
    expect(doc.terraform.backend.s3.encrypt).toBe(true);
    expect(doc.terraform.backend.s3).not.toHaveProperty('dynamodb_table');
    expect(r.notes.join(' ')).toMatch(/Terraform 1\.10.*deprecated/);
  });

  it('rolls a baseline out with a service-managed StackSet, and a single workload through a change set', () => {
    const baseline = recommend({ ...awsOnly, existingTooling: 'none', scope: 'org-baseline' });
    expect(baseline.artefacts?.map((a) => a.id)).toEqual(['stackset-baseline']);
    expect(baseline.artefacts![0]!.text).toContain('--permission-model SERVICE_MANAGED');
    expect(baseline.artefacts![0]!.text).toContain('Enabled=true');
    const one = recommend({ ...awsOnly, existingTooling: 'none', scope: 'one-workload', language: 'declarative' });
    expect(one.artefacts?.map((a) => a.id)).toEqual(['stack-change-set']);
  });

  it('explains why CDK is out differently for a multi-cloud estate and for an existing Terraform estate', () => {
    const cdkWhy = (r: ReturnType<typeof recommend>) => r.whyNot.find((w) => w.outcome === 'cdk')!.explanation;
    expect(cdkWhy(recommend({ ...eng, clouds: 'multi-cloud', existingTooling: 'none', language: 'declarative' }))).toMatch(/AWS resources only/);
    expect(cdkWhy(recommend({ ...awsOnly, existingTooling: 'terraform' }))).toMatch(/already run a Terraform estate/);
  });
});

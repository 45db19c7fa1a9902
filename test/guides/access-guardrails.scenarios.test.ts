import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('access-guardrails');

/** Situations from the seed's IAM & Identity section (S1.Q1/Q2/Q5/Q6), and the layer a senior architect picks. */
const scenarios: Scenario[] = [
  { situation: 'twelve accounts may only run in us-east-1 and eu-west-1', answers: { cloud: 'aws', goal: 'ceiling', accountCount: 12 }, expected: 'scp' },
  { situation: 'two accounts already form an organisation: the ceiling is an SCP', answers: { cloud: 'aws', goal: 'ceiling', accountCount: 2 }, expected: 'scp' },
  { situation: 'one standalone account has no organisation: the ceiling is an explicit deny in identity policies', answers: { cloud: 'aws', goal: 'ceiling', accountCount: 1 }, expected: 'identity-policy' },
  { situation: 'developers create roles for their Lambda functions from CI', answers: { cloud: 'aws', goal: 'delegate' }, expected: 'permission-boundary' },
  { situation: 'a reporting role reads one prefix of one bucket', answers: { cloud: 'aws', goal: 'grant' }, expected: 'identity-policy' },
  { situation: 'a data team in another account reads an analytics bucket', answers: { cloud: 'aws', goal: 'share' }, expected: 'resource-policy' },
  { situation: 'a SaaS broker hands each tenant credentials for its own prefix', answers: { cloud: 'aws', goal: 'narrow-session' }, expected: 'session-policy' },
  { situation: 'no service account keys anywhere in the Google Cloud organization', answers: { cloud: 'gcp', gcpGoal: 'constraints' }, expected: 'gcp-org-policy' },
  { situation: 'a contractor needs bucket read access until year end', answers: { cloud: 'gcp', gcpGoal: 'temporary' }, expected: 'gcp-iam-condition' },
];

const render = (answers: Record<string, string | number>, values = {}) => {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  return buildRecommendation(guide, realLibrary().catalog, d, values);
};

describe('access-guardrails guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('writes the user\'s approved Regions into the SCP region lock', () => {
    const rec = render({ cloud: 'aws', goal: 'ceiling', accountCount: 30 }, { approvedRegions: 'eu-central-1, eu-west-1, eu-north-1' });
    const lock = JSON.parse(rec.artefacts!.find((a) => a.id === 'region-lock')!.text);
    expect(lock.Statement[0].Condition.StringNotEquals['aws:RequestedRegion']).toEqual(['eu-central-1', 'eu-west-1', 'eu-north-1']);
    expect(lock.Statement[0].NotAction).toContain('iam:*');
  });

  it('puts the same Region lock into an identity policy for a standalone account, not an SCP', () => {
    const rec = render({ cloud: 'aws', goal: 'ceiling', accountCount: 1 });
    expect(rec.artefacts!.map((a) => [a.id, a.kind])).toEqual([['account-ceiling', 'identity-policy']]);
  });

  it('ties delegated role creation to the boundary the user named', () => {
    const rec = render({ cloud: 'aws', goal: 'delegate' }, { boundaryName: 'TeamBoundary', accountId: '210987654321' });
    const delegation = JSON.parse(rec.artefacts!.find((a) => a.id === 'delegation')!.text);
    expect(delegation.Statement[0].Condition.StringEquals['iam:PermissionsBoundary']).toBe('arn:aws:iam::210987654321:policy/TeamBoundary');
  });

  it('rejects zero accounts and names the range', () => {
    const result = decide(guide, { cloud: 'aws', goal: 'ceiling', accountCount: 0 });
    expect(result.status).toBe('error');
    expect(result.status === 'error' && result.message).toMatch(/1 to 100,000 accounts/);
  });
});

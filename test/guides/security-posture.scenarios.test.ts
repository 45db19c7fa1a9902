import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('security-posture');

/** Situations from the seed's Security & Compliance section (S7.Q1, S7.Q3): the detection services and guardrails by environment. */
const scenarios: Scenario[] = [
  { situation: 'one standalone account with no personal data', answers: { accountCount: 1, sensitiveData: 'none' }, expected: 'single-account' },
  { situation: 'one account whose buckets hold patient letters', answers: { accountCount: 1, sensitiveData: 'regulated' }, expected: 'single-account-sensitive' },
  { situation: 'two accounts, just split, nothing personal: already an organisation', answers: { accountCount: 2, sensitiveData: 'none' }, expected: 'organisation' },
  { situation: 'eighty accounts with customer records in a data lake', answers: { accountCount: 80, sensitiveData: 'regulated' }, expected: 'organisation-sensitive' },
];

const render = (answers: Record<string, string | number>, values = {}) => {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  return buildRecommendation(guide, realLibrary().catalog, d, values);
};

describe('security-posture guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('enforces the guardrails in an organisation with one SCP: no access keys, IMDSv2 at launch, Block Public Access kept, detectors kept on', () => {
    const rec = render({ accountCount: 30, sensitiveData: 'regulated' }, { maxHopLimit: '2' });
    expect(rec.artefacts!.map((a) => [a.id, a.kind])).toEqual([['guardrail-scp', 'scp'], ['org-enable', 'cli']]);
    const scp = JSON.parse(rec.artefacts![0]!.text);
    const bySid = Object.fromEntries(scp.Statement.map((s: { Sid: string }) => [s.Sid, s]));
    expect(bySid.DenyAccessKeyCreation.Action).toBe('iam:CreateAccessKey');
    expect(bySid.RequireImdsV2AtLaunch.Condition.StringNotEquals['ec2:MetadataHttpTokens']).toBe('required');
    expect(bySid.CapImdsHopLimit.Condition.NumericGreaterThan['ec2:MetadataHttpPutResponseHopLimit']).toBe('2');
    expect(bySid.KeepAccountPublicAccessBlock.Action).toBe('s3:PutAccountPublicAccessBlock');
    expect(bySid.KeepSecurityServicesOn.Action).toContain('macie2:DisableMacie');
    expect(rec.artefacts![1]!.text).toContain('macie2 enable-organization-admin-account');
  });

  it('leaves Macie out of the SCP and the commands when no bucket holds sensitive data', () => {
    const rec = render({ accountCount: 30, sensitiveData: 'none' });
    expect(rec.artefacts![0]!.text).not.toContain('macie2');
    expect(rec.artefacts![1]!.text).not.toContain('macie2');
  });

  it('sets the guardrails of a standalone account by CLI, with the account id the user typed', () => {
    const rec = render({ accountCount: 1, sensitiveData: 'regulated' }, { accountId: '123456789012', region: 'eu-central-1' });
    expect(rec.artefacts!.map((a) => [a.id, a.kind])).toEqual([['account-baseline', 'cli']]);
    const text = rec.artefacts![0]!.text;
    expect(text).toContain('put-public-access-block --account-id 123456789012');
    expect(text).toContain('modify-instance-metadata-defaults --region eu-central-1 --http-tokens required --http-put-response-hop-limit 1');
    expect(text).toContain('INCOMING_SSH_DISABLED');
    expect(text).toContain('--finding-publishing-frequency FIFTEEN_MINUTES');
    expect(text).toContain('macie2 enable-macie');
  });
});

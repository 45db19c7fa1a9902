import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('backup-plan');

/** Situations from the seed's HA & DR section (S9.Q5 backups), and the plan a senior architect writes. */
const scenarios: Scenario[] = [
  { situation: 'a dropped table on a marketing site', answers: { protectAgainst: 'mistakes', rpo: 'a-day', retentionDays: 14, immutability: 'not-required' }, expected: 'in-region' },
  { situation: 'order history restorable in another Region', answers: { protectAgainst: 'region-loss', rpo: 'hours', retentionDays: 90, immutability: 'not-required' }, expected: 'cross-region' },
  { situation: 'regulated trade records, seven years', answers: { protectAgainst: 'compromised-account', rpo: 'minutes', retentionDays: 2555, immutability: 'regulated' }, expected: 'isolated-account' },
  { situation: 'a clinic fearing a stolen admin key', answers: { protectAgainst: 'compromised-account', rpo: 'a-day', retentionDays: 35, immutability: 'not-required' }, expected: 'isolated-account' },
];

type Rule = { RuleName: string; EnableContinuousBackup?: boolean; Lifecycle: { DeleteAfterDays: number }; CopyActions?: { DestinationBackupVaultArn: string }[] };
const artefacts = (answers: Record<string, string | number>) => {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  return new Map((buildRecommendation(guide, realLibrary().catalog, d).artefacts ?? []).map((a) => [a.id.replace(/-(day|min|hour)-?(short|long)?$/, ''), JSON.parse(a.text) as unknown]));
};
const rules = (answers: Record<string, string | number>) => (artefacts(answers).get('backup-plan') as { BackupPlan: { Rules: Rule[] } }).BackupPlan.Rules;

describe('backup-plan guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('fills the retention into the plan and caps the continuous tier at 35 days', () => {
    const short = rules({ protectAgainst: 'mistakes', rpo: 'minutes', retentionDays: 35, immutability: 'not-required' });
    expect(short.map((r) => [r.RuleName, r.Lifecycle.DeleteAfterDays])).toEqual([['continuous-pitr', 35], ['daily', 35]]);
    expect(short[0]!.EnableContinuousBackup).toBe(true);
    const long = rules({ protectAgainst: 'mistakes', rpo: 'minutes', retentionDays: 36, immutability: 'not-required' });
    expect(long.map((r) => [r.RuleName, r.Lifecycle.DeleteAfterDays])).toEqual([['continuous-pitr', 35], ['daily', 36]]);
    const daily = rules({ protectAgainst: 'mistakes', rpo: 'a-day', retentionDays: 90, immutability: 'not-required' });
    expect(daily).toHaveLength(1);
    expect(daily[0]).toMatchObject({ RuleName: 'daily', Lifecycle: { DeleteAfterDays: 90 } });
  });

  it('copies only when the threat is the Region or the account, to the right vault', () => {
    expect(rules({ protectAgainst: 'mistakes', rpo: 'hours', retentionDays: 30, immutability: 'not-required' }).every((r) => !r.CopyActions)).toBe(true);
    const region = rules({ protectAgainst: 'region-loss', rpo: 'hours', retentionDays: 30, immutability: 'not-required' });
    expect(region.find((r) => r.RuleName === 'daily')!.CopyActions![0]!.DestinationBackupVaultArn).toMatch(/:us-west-2:111122223333:/);
    const account = rules({ protectAgainst: 'compromised-account', rpo: 'hours', retentionDays: 30, immutability: 'not-required' });
    expect(account.find((r) => r.RuleName === 'daily')!.CopyActions![0]!.DestinationBackupVaultArn).toMatch(/:444455556666:/);
  });

  it('locks the vault only for regulated records, never below what the plan\'s shortest rule keeps', () => {
    expect(artefacts({ protectAgainst: 'region-loss', rpo: 'a-day', retentionDays: 90, immutability: 'not-required' }).has('vault-lock-full')).toBe(false);
    expect(artefacts({ protectAgainst: 'region-loss', rpo: 'a-day', retentionDays: 2555, immutability: 'regulated' }).get('vault-lock-full')).toEqual({ BackupVaultName: 'prod-vault', MinRetentionDays: 2555, ChangeableForDays: 3 });
    expect(artefacts({ protectAgainst: 'region-loss', rpo: 'minutes', retentionDays: 2555, immutability: 'regulated' }).get('vault-lock-short-tier')).toMatchObject({ MinRetentionDays: 35 });
  });

  it('restore-tests continuous recovery points only when the plan takes them', () => {
    const pitr = artefacts({ protectAgainst: 'mistakes', rpo: 'minutes', retentionDays: 30, immutability: 'not-required' }).get('restore-testing-pitr') as { RestoreTestingPlan: { RecoveryPointSelection: { RecoveryPointTypes: string[] } } };
    expect(pitr.RestoreTestingPlan.RecoveryPointSelection.RecoveryPointTypes).toEqual(['SNAPSHOT', 'CONTINUOUS']);
    const snap = artefacts({ protectAgainst: 'mistakes', rpo: 'a-day', retentionDays: 30, immutability: 'not-required' }).get('restore-testing') as { RestoreTestingPlan: { RecoveryPointSelection: { RecoveryPointTypes: string[] } } };
    expect(snap.RestoreTestingPlan.RecoveryPointSelection.RecoveryPointTypes).toEqual(['SNAPSHOT']);
  });
});

import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { figureValue, itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('s3-storage-class');

/** Situations from the seed's Storage section (S4.Q1), and the class a senior architect picks. */
const big = { storedTb: 50, objectSizeKb: 2048 };
const rare = { ...big, accessPattern: 'rare' };
const scenarios: Scenario[] = [
  { situation: 'seven years of audit logs, restored for a planned audit', answers: { ...rare, retentionDays: 2555, retrievalWait: 'half-day' }, expected: 'deep-archive' },
  { situation: 'exactly 210 days: 30 in Standard plus Deep Archive\'s 180-day minimum', answers: { ...rare, retentionDays: 210, retrievalWait: 'half-day' }, expected: 'deep-archive' },
  { situation: '209 days: Deep Archive\'s minimum would outlast the data, so Flexible Retrieval', answers: { ...rare, retentionDays: 209, retrievalWait: 'half-day' }, expected: 'glacier-flexible' },
  { situation: 'restores within a working day', answers: { ...rare, retentionDays: 400, retrievalWait: 'hours' }, expected: 'glacier-flexible' },
  { situation: 'rarely read but must open at once, kept 120 days', answers: { ...rare, retentionDays: 120, retrievalWait: 'milliseconds' }, expected: 'glacier-ir' },
  { situation: '119 days: the Glacier 90-day minimum would outlast the data, so Standard-IA', answers: { ...rare, retentionDays: 119, retrievalWait: 'milliseconds' }, expected: 'standard-ia' },
  { situation: 'contracts opened monthly, the only copy', answers: { ...big, retentionDays: 3650, accessPattern: 'monthly', recreatable: 'no' }, expected: 'standard-ia' },
  { situation: 'renditions a job can rebuild', answers: { ...big, retentionDays: 730, accessPattern: 'monthly', recreatable: 'yes' }, expected: 'one-zone-ia' },
  { situation: 'exactly 60 days: 30 in Standard plus the 30-day IA minimum', answers: { ...big, retentionDays: 60, accessPattern: 'monthly', recreatable: 'yes' }, expected: 'one-zone-ia' },
  { situation: '59 days: kept in Standard', answers: { ...big, retentionDays: 59 }, expected: 'standard' },
  { situation: 'uploads with unknown access', answers: { ...big, retentionDays: 1825, accessPattern: 'unknown' }, expected: 'intelligent-tiering' },
  { situation: 'website assets read daily', answers: { ...big, retentionDays: 365, accessPattern: 'frequent' }, expected: 'standard' },
  { situation: '127 KB objects: billed as 128 KB in the IA classes, so Standard', answers: { storedTb: 4, retentionDays: 3650, objectSizeKb: 127 }, expected: 'standard' },
  { situation: '128 KB objects: no minimum-size penalty', answers: { storedTb: 4, retentionDays: 3650, objectSizeKb: 128, accessPattern: 'unknown' }, expected: 'intelligent-tiering' },
];

const artefact = (answers: Record<string, string | number>, values: Record<string, string> = {}) => {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  const [a, ...rest] = buildRecommendation(guide, realLibrary().catalog, d, values).artefacts ?? [];
  expect(rest).toEqual([]);
  return JSON.parse(a!.text) as { Rules: { ID: string; Status: string; Filter: { Prefix: string }; Transitions?: { Days: number; StorageClass: string }[]; Expiration: { Days: number } }[] };
};

describe('s3-storage-class guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('fills the lifecycle rule from the answers: the class, day 30, and the retention as the expiry', () => {
    const doc = artefact({ ...rare, retentionDays: 2555, retrievalWait: 'half-day' }, { prefix: 'audit/', ruleId: 'audit-archive' });
    expect(doc.Rules).toHaveLength(1);
    const [rule] = doc.Rules;
    expect(rule).toMatchObject({ ID: 'audit-archive', Status: 'Enabled', Filter: { Prefix: 'audit/' }, Expiration: { Days: 2555 } });
    expect(rule!.Transitions).toEqual([{ Days: 30, StorageClass: 'DEEP_ARCHIVE' }]);
    // Every class's rule uses S3's own storage-class names and expires after its last transition.
    const cases: [Record<string, string | number>, string | undefined][] = [
      [{ ...rare, retentionDays: 150, retrievalWait: 'half-day' }, 'GLACIER'],
      [{ ...rare, retentionDays: 400, retrievalWait: 'milliseconds' }, 'GLACIER_IR'],
      [{ ...big, retentionDays: 60, accessPattern: 'monthly', recreatable: 'no' }, 'STANDARD_IA'],
      [{ ...big, retentionDays: 60, accessPattern: 'monthly', recreatable: 'yes' }, 'ONEZONE_IA'],
      [{ ...big, retentionDays: 60, accessPattern: 'unknown' }, 'INTELLIGENT_TIERING'],
      [{ ...big, retentionDays: 30, accessPattern: 'frequent' }, undefined],
    ];
    for (const [answers, cls] of cases) {
      const r = artefact(answers).Rules[0]!;
      expect(r.Transitions?.[0]?.StorageClass, JSON.stringify(answers)).toBe(cls);
      for (const t of r.Transitions ?? []) expect(r.Expiration.Days).toBeGreaterThan(t.Days);
      if (cls === 'STANDARD_IA' || cls === 'ONEZONE_IA') expect(r.Transitions![0]!.Days).toBeGreaterThanOrEqual(30);
    }
  });

  it('prices the data: 50 TB is $1,177.60 a month in Standard and $50.69 in Deep Archive', () => {
    expect(figureValue(guide, 'deep-archive', /stays in S3 Standard/, { storedTb: 50, objectSizeKb: 2048 })).toBeCloseTo(1177.6, 6);
    expect(figureValue(guide, 'deep-archive', /once it is in/, { storedTb: 50, objectSizeKb: 2048 })).toBeCloseTo(50.688, 6);
    // 1 TB of 1 MB objects is 1,048,576 objects: $2.62 a month to monitor in Intelligent-Tiering.
    expect(figureValue(guide, 'intelligent-tiering', /Monitoring fee/, { storedTb: 1, objectSizeKb: 1024 })).toBeCloseTo(2.62144, 6);
  });

  it('charts the monthly bill falling after day 30 and ending at the expiry', () => {
    const d = decide(guide, { ...rare, retentionDays: 365, retrievalWait: 'milliseconds' });
    if (d.status !== 'outcome') throw new Error('no outcome');
    const chart = guide.outcomes.find((o) => o.id === d.outcome)!.charts[0]!;
    expect(chart.type).toBe('line');
    expect(chart.id).toBe('monthly-bill');
  });
});

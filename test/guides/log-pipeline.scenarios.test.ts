import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { figureValue, itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('log-pipeline');

/** Situations from the seed's Observability section (S6.Q3) and S8.Q3, and the pipeline a senior architect picks. */
const ops = { gbPerDay: 20, evidence: 'no', search: 'queries' };
const scenarios: Scenario[] = [
  { situation: 'one account, debugging logs kept a month', answers: { ...ops, retentionDays: 30 }, expected: 'cloudwatch-only' },
  { situation: 'operational logs kept exactly 365 days', answers: { ...ops, retentionDays: 365 }, expected: 'cloudwatch-only' },
  { situation: 'operational logs kept 366 days', answers: { ...ops, retentionDays: 366, shipper: 'cloudwatch' }, expected: 'log-archive' },
  { situation: 'audit evidence kept 90 days', answers: { ...ops, retentionDays: 90, evidence: 'yes', shipper: 'cloudwatch' }, expected: 'log-archive' },
  { situation: 'seven years of audit logs from 50 accounts', answers: { gbPerDay: 200, retentionDays: 2555, evidence: 'yes', search: 'queries', shipper: 'cloudwatch' }, expected: 'log-archive' },
  { situation: 'teams search their own logs, containers ship with Fluent Bit', answers: { ...ops, retentionDays: 90, search: 'full-text', shipper: 'fluent-bit' }, expected: 'archive-opensearch' },
  { situation: 'full-text search over audit evidence', answers: { ...ops, retentionDays: 2555, evidence: 'yes', search: 'full-text', shipper: 'cloudwatch' }, expected: 'archive-opensearch' },
];

const rendered = (answers: Record<string, string | number>) => {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  return buildRecommendation(guide, realLibrary().catalog, d, {}).artefacts ?? [];
};

describe('log-pipeline guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('prices CloudWatch Logs alone: 50 GB a day kept a year is $750 ingestion and $547.50 storage', () => {
    const n = { gbPerDay: 50, retentionDays: 365 };
    expect(figureValue(guide, 'cloudwatch-only', /ingestion/, n)).toBeCloseTo(750, 6);
    expect(figureValue(guide, 'cloudwatch-only', /storage/, n)).toBeCloseTo(547.5, 6);
    expect(figureValue(guide, 'cloudwatch-only', /^Total/, n)).toBeCloseTo(1297.5, 6);
  });

  it('prices the archive: seven years in S3 and Glacier Deep Archive, with and without CloudWatch ingestion in front', () => {
    const n = { gbPerDay: 50, retentionDays: 2555 };
    const archive = guide.outcomes.find((o) => o.id === 'log-archive')!;
    const totals = archive.figures.filter((f) => /^Total/.test(f.label));
    expect(totals).toHaveLength(2);
    expect(figureValue(guide, 'log-archive', /^S3 Standard/, n)).toBeCloseTo(103.5 + 122.0175, 6);
    expect(figureValue(guide, 'log-archive', /^Firehose/, n)).toBeCloseTo(43.5, 6);
    // OpenSearch Serverless at its two-OCU floor for a 30-day month, plus 30 days of index.
    expect(figureValue(guide, 'archive-opensearch', /OpenSearch Serverless/, n)).toBeCloseTo(345.6 + 36, 6);
  });

  it('locks the archive for the retention the user gave and moves logs to Deep Archive only when they stay past 90 days', () => {
    const long = rendered({ gbPerDay: 200, retentionDays: 2555, evidence: 'yes', search: 'queries', shipper: 'cloudwatch' });
    expect(long.find((a) => a.id === 'archive-setup')!.text).toContain('"Days": 2555');
    expect(long.find((a) => a.id === 'archive-setup')!.text).toContain('--enable-log-file-validation');
    const lifecycle = JSON.parse(long.find((a) => a.id === 'archive-lifecycle')!.text);
    expect(lifecycle.Rules[0].Transitions[0]).toEqual({ Days: 90, StorageClass: 'DEEP_ARCHIVE' });
    expect(lifecycle.Rules[0].Expiration.Days).toBe(2555);
    const short = rendered({ ...ops, retentionDays: 60, evidence: 'yes', shipper: 'cloudwatch' });
    expect(short.map((a) => a.id)).toContain('archive-lifecycle-short');
    expect(short.map((a) => a.id)).not.toContain('archive-lifecycle');
  });

  it('denies log deletion and trail changes in the SCP', () => {
    const scp = JSON.parse(rendered({ ...ops, retentionDays: 400, shipper: 'cloudwatch' }).find((a) => a.id === 'log-protection-scp')!.text);
    const actions = scp.Statement.flatMap((s: { Action: string[] }) => s.Action);
    expect(actions).toEqual(expect.arrayContaining(['s3:DeleteObject', 'cloudtrail:StopLogging', 'logs:DeleteLogGroup']));
  });
});

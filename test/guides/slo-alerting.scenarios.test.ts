import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { composeRuns } from '../../src/core/architecture/compose';
import { fiveGuideSession, realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { figureValue, itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('slo-alerting');

/** Situations from the seed's Observability section (S6.Q2), and the alerting a senior SRE picks. */
const busy = { sloTarget: 99.9, windowDays: 30, serviceKind: 'user-facing' };
const scenarios: Scenario[] = [
  { situation: 'a checkout API with 20,000 requests in its quietest busy hour', answers: { ...busy, requestsPerHour: 20000 }, expected: 'burn-rate-alerts' },
  { situation: 'exactly 1,000 requests an hour: one failure is 0.1 %, under the page ratio', answers: { ...busy, requestsPerHour: 1000 }, expected: 'burn-rate-alerts' },
  { situation: '999 requests an hour: too few for a ratio SLO', answers: { ...busy, requestsPerHour: 999 }, expected: 'canary-threshold' },
  { situation: 'a partner admin portal with a dozen requests an hour', answers: { sloTarget: 99.5, windowDays: 28, serviceKind: 'user-facing', requestsPerHour: 12 }, expected: 'canary-threshold' },
  { situation: 'a nightly finance export nobody waits on', answers: { sloTarget: 99, windowDays: 30, serviceKind: 'internal-batch' }, expected: 'batch-no-paging' },
];

const alarms = (answers: Record<string, string | number>, values: Record<string, string> = {}) => {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  return buildRecommendation(guide, realLibrary().catalog, d, values).artefacts ?? [];
};

type MetricAlarm = { AlarmName: string; Threshold: number; EvaluationPeriods: number; Metrics: { Id: string; Expression?: string; ReturnData: boolean; MetricStat?: { Period: number } }[] };

describe('slo-alerting guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('gives the error budget in minutes: 99.9 % over 30 days is 43.2 minutes, 99.95 % over 28 days 20.16', () => {
    expect(figureValue(guide, 'burn-rate-alerts', /Error budget/, { sloTarget: 99.9, windowDays: 30 })).toBeCloseTo(43.2, 6);
    expect(figureValue(guide, 'burn-rate-alerts', /Error budget/, { sloTarget: 99.95, windowDays: 28 })).toBeCloseTo(20.16, 6);
    // At 14.4× a 30-day budget lasts 50 hours; at 6×, 5 days.
    expect(figureValue(guide, 'burn-rate-alerts', /page rate/, { sloTarget: 99.9, windowDays: 30 })).toBeCloseTo(50, 6);
    expect(figureValue(guide, 'burn-rate-alerts', /ticket rate/, { sloTarget: 99.9, windowDays: 30 })).toBeCloseTo(120, 6);
  });

  it('fills the CloudWatch alarms from the answers: burn rate from the SLO target, scaled to 30 days, paired long and short windows', () => {
    const [artefact, ...rest] = alarms({ sloTarget: 99.95, windowDays: 28, serviceKind: 'user-facing', requestsPerHour: 5000 }, { alarmPrefix: 'orders-slo' });
    expect(rest).toEqual([]);
    const doc = JSON.parse(artefact!.text) as { MetricAlarms: MetricAlarm[]; CompositeAlarms: { AlarmName: string; AlarmRule: string; AlarmActions: string[] }[] };
    const byName = new Map(doc.MetricAlarms.map((a) => [a.AlarmName, a]));
    const windows = (name: string) => byName.get(name)!.Metrics.filter((m) => m.MetricStat).map((m) => m.MetricStat!.Period);
    expect(byName.get('orders-slo-page-1h')!.Threshold).toBe(14.4);
    expect(windows('orders-slo-page-1h')).toEqual([3600, 3600]);
    expect(windows('orders-slo-page-5m')).toEqual([300, 300]);
    expect(byName.get('orders-slo-ticket-6h')!.Threshold).toBe(6);
    expect(windows('orders-slo-ticket-30m')).toEqual([1800, 1800]);
    for (const alarm of doc.MetricAlarms) {
      const returned = alarm.Metrics.filter((m) => m.ReturnData);
      expect(returned, alarm.AlarmName).toHaveLength(1);
      expect(returned[0]!.Expression).toBe('(errors / requests) / (1 - 99.95 / 100) * 30 / 28');
      // CloudWatch refuses an alarm that looks back more than one day.
      expect(alarm.Metrics[0]!.MetricStat!.Period * alarm.EvaluationPeriods, alarm.AlarmName).toBeLessThanOrEqual(86400);
    }
    // Each composite alarm fires only when both of its windows burn, and names alarms that exist.
    expect(doc.CompositeAlarms.map((c) => c.AlarmName)).toEqual(['orders-slo-page', 'orders-slo-ticket', 'orders-slo-review']);
    for (const c of doc.CompositeAlarms) {
      const named = [...c.AlarmRule.matchAll(/ALARM\("([^"]+)"\)/g)].map((m) => m[1]!);
      expect(named).toHaveLength(2);
      expect(c.AlarmRule).toContain(' AND ');
      for (const n of named) expect(byName.has(n), n).toBe(true);
    }
    expect(doc.CompositeAlarms[0]!.AlarmActions[0]).toMatch(/^arn:aws:sns:.*:oncall-page$/);
  });

  it('gives alarm documents only where burn-rate alerts are recommended', () => {
    expect(alarms({ ...busy, requestsPerHour: 999 })).toEqual([]);
    expect(alarms({ sloTarget: 99, windowDays: 30, serviceKind: 'internal-batch' })).toEqual([]);
  });

  it('rejects an SLO target above 99.99 % and names the range', () => {
    const result = decide(guide, { sloTarget: 99.999, windowDays: 30 });
    expect(result.status).toBe('error');
    expect(result.status === 'error' && result.message).toMatch(/90 to 99\.99 %/);
  });

  it('joins the composed architecture from its diagram declarations: the compute guide\'s tasks replace its stand-in', () => {
    const d = decide(guide, { sloTarget: 99.9, windowDays: 30, serviceKind: 'user-facing', requestsPerHour: 20000 });
    if (d.status !== 'outcome') throw new Error('no outcome');
    const m = composeRuns([...fiveGuideSession(), { guide, decided: { outcome: d.outcome, answers: d.answers, path: d.path } }], realLibrary().catalog);
    expect(m.nodes.some((n) => n.id === 'slo-alerting/app')).toBe(false);
    expect(m.nodes.find((n) => n.id === 'slo-alerting/metrics')?.parent).toBe('@region-1');
    for (const task of ['compute/task-a', 'compute/task-b', 'compute/task-c']) {
      expect(m.edges.find((e) => e.from === task && e.to === 'slo-alerting/metrics')?.label).toBe('request and error counts');
    }
  });
});

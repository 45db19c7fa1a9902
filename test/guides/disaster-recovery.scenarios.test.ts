import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { loadGuide } from '../helpers/guides';
import { recommend } from './recommend';
import { itDecidesScenarios, type Scenario, figureValue } from '../helpers/scenarios';

const guide = loadGuide('disaster-recovery');

/** Everything after RPO and RTO, for a typical mid-sized production system. */
const base = {
  criticality: 'important',
  dataStore: 'aurora',
  compute: 'ecs',
  monthlySpend: 40_000,
  downtimeCostPerHour: 20_000,
  budget: 'up-to-100',
} as const;
/** clientNeeds is asked only when something must run in the second region. */
const dns = { clientNeeds: 'dns-fine' } as const;


const scenarios: Scenario[] = [
  {
    situation: 'A trading platform may lose nothing and must never be visibly down',
    answers: { ...base, rpoMinutes: 0, rtoMinutes: 0, criticality: 'revenue-critical', dataStore: 'dynamodb', budget: 'double-or-more', clientNeeds: 'non-http' },
    expected: 'multi-site-active-active',
  },
  {
    situation: 'A fintech ledger must lose no writes and be back within 15 minutes: the zero RPO decides',
    answers: { ...base, ...dns, rpoMinutes: 0, rtoMinutes: 15, criticality: 'revenue-critical' },
    expected: 'multi-site-active-active',
  },
  {
    situation: 'A booking API may lose half an hour of data but must fail over in 30 seconds: the RTO decides',
    answers: { ...base, rpoMinutes: 30, rtoMinutes: 0.5, clientNeeds: 'dns-fine' },
    expected: 'multi-site-active-active',
  },
  {
    // Was warm standby, whose own text says it recovers in 10–30 minutes.
    situation: 'A 30-second RPO with a 2.5-minute RTO is faster than a warm standby recovers: active-active',
    answers: { ...base, ...dns, rpoMinutes: 0.5, rtoMinutes: 2.5 },
    expected: 'multi-site-active-active',
  },
  {
    situation: 'Just under the boundary: an RTO of 9.99 minutes is still faster than a warm standby recovers',
    answers: { ...base, ...dns, rpoMinutes: 30, rtoMinutes: 9.99, criticality: 'revenue-critical' },
    expected: 'multi-site-active-active',
  },
  {
    situation: 'An online shop checkout may lose seconds of orders and be back in 10 minutes, the fastest a warm standby recovers',
    answers: { ...base, ...dns, rpoMinutes: 0.5, rtoMinutes: 10, criticality: 'revenue-critical' },
    expected: 'warm-standby',
  },
  {
    situation: 'Boundary: an RPO of exactly 1 minute is not under 1 minute, so with a 2-hour RTO a pilot light is enough',
    answers: { ...base, ...dns, rpoMinutes: 1, rtoMinutes: 120 },
    expected: 'pilot-light',
  },
  {
    situation: 'Just under the boundary: an RPO of 0.99 minutes needs warm standby even with a 2-hour RTO',
    answers: { ...base, ...dns, rpoMinutes: 0.99, rtoMinutes: 120, dataStore: 'rds' },
    expected: 'warm-standby',
  },
  {
    // Was pilot light, which recovers in 30–60 minutes: a 15-minute RTO needs a running standby.
    situation: 'Boundary: an RTO of exactly 15 minutes is faster than a pilot light recovers, so warm standby',
    answers: { ...base, ...dns, rpoMinutes: 30, rtoMinutes: 15 },
    expected: 'warm-standby',
  },
  {
    situation: 'Boundary: an RTO of exactly 30 minutes is the fastest a pilot light recovers',
    answers: { ...base, ...dns, rpoMinutes: 30, rtoMinutes: 30 },
    expected: 'pilot-light',
  },
  {
    situation: 'Just under the boundary: an RTO of 14.9 minutes needs a running standby',
    answers: { ...base, ...dns, rpoMinutes: 30, rtoMinutes: 14.9 },
    expected: 'warm-standby',
  },
  {
    situation: 'Tightest constraint: a sub-minute RPO with a day-long RTO still needs warm standby (the RPO decides)',
    answers: { ...base, ...dns, rpoMinutes: 0.5, rtoMinutes: 600, dataStore: 'dynamodb' },
    expected: 'warm-standby',
  },
  {
    situation: 'Tightest constraint: a 12-hour RPO with a 30-minute RTO needs a pilot light (the RTO decides)',
    answers: { ...base, ...dns, rpoMinutes: 720, rtoMinutes: 30, compute: 'lambda', dataStore: 'dynamodb' },
    expected: 'pilot-light',
  },
  {
    situation: 'An important internal reporting system: 15 minutes of loss, back within 2 hours',
    answers: { ...base, rpoMinutes: 15, rtoMinutes: 120, criticality: 'internal', budget: 'up-to-20', clientNeeds: 'static-ips' },
    expected: 'pilot-light',
  },
  {
    situation: 'Boundary: an RPO of exactly 1 hour and an RTO of exactly 4 hours both allow backup and restore',
    answers: { ...base, rpoMinutes: 60, rtoMinutes: 240, criticality: 'internal', budget: 'backup-only' },
    expected: 'backup-restore',
  },
  {
    situation: 'An HR tool can lose four hours of edits and be back next working day',
    answers: { ...base, rpoMinutes: 240, rtoMinutes: 1200, criticality: 'internal', dataStore: 'rds', compute: 'ec2', budget: 'backup-only' },
    expected: 'backup-restore',
  },
  {
    situation: 'A dev environment rebuilt from code; losing two days is acceptable',
    answers: { ...base, rpoMinutes: 2880, rtoMinutes: 2880, criticality: 'dev-test', dataStore: 's3', compute: 'lambda', downtimeCostPerHour: 0, budget: 'backup-only' },
    expected: 'backup-restore',
  },
];

describe('disaster-recovery scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('refuses a number outside its range and names the range', () => {
    const result = decide(guide, { ...base, ...dns, rpoMinutes: -1, rtoMinutes: 10 });
    expect(result.status).toBe('error');
    if (result.status === 'error') expect(result.message).toMatch(/0 to 43,200 min/);
    const tooLong = decide(guide, { ...base, ...dns, rpoMinutes: 10, rtoMinutes: 50_000 });
    expect(tooLong).toMatchObject({ status: 'error', message: expect.stringMatching(/outside the range 0 to 43,200 min/) });
  });

  it('prices the strategies with the seed\u2019s percentages', () => {
    const figure = (outcome: string, label: RegExp, numbers: Record<string, number>) => figureValue(guide, outcome, label, numbers);
    const numbers = { monthlySpend: 40_000, downtimeCostPerHour: 20_000, rtoMinutes: 10, rpoMinutes: 0.5 };
    expect(figure('multi-site-active-active', /second full region/, numbers)).toBe(40_000);
    expect(figure('warm-standby', /low end \(50 %\)/, numbers)).toBe(20_000);
    expect(figure('warm-standby', /high end \(100 %\)/, numbers)).toBe(40_000);
    expect(figure('warm-standby', /as long as your RTO/, numbers)).toBeCloseTo(3_333.33, 1);
    expect(figure('backup-restore', /Backups a day/, { ...numbers, rpoMinutes: 240 })).toBe(6);
  });
});

describe('outcomes keep their promises (issue 16)', () => {
  const revenue = {
    criticality: 'revenue-critical', dataStore: 'aurora', compute: 'ecs', monthlySpend: 20000,
    downtimeCostPerHour: 50000, budget: 'up-to-100', clientNeeds: 'dns-fine',
  } as const;

  it.each([15, 20])('RPO 60 min and RTO %i min: not pilot light, which recovers in 30–60 minutes', (rto) => {
    const { rec } = recommend('disaster-recovery', { rpoMinutes: 60, rtoMinutes: rto, ...revenue });
    expect(rec.outcome.id).toBe('warm-standby');
    const pilot = rec.whyNot.find((w) => w.outcome === 'pilot-light')!;
    expect(pilot.text).toMatch(/30–60 minutes/);
    expect(rec.whyNot.map((w) => w.text).join(' ')).not.toMatch(/half an hour or more|allow longer/);
  });

  it('names the contradiction when a system "not time-critical" asks for an RTO of minutes', () => {
    const important = { ...revenue, criticality: 'important' } as const;
    const contradiction = /Your answers contradict each other: “Important, but not time-critical”/;
    const warnings = (rto: number) => recommend('disaster-recovery', { rpoMinutes: 60, rtoMinutes: rto, ...important }).rec;
    for (const [rto, outcome] of [[2.5, 'multi-site-active-active'], [20, 'warm-standby']] as const) {
      const rec = warnings(rto);
      expect(rec.outcome.id).toBe(outcome);
      expect(rec.warnings.join(' ')).toMatch(contradiction);
    }
    expect(warnings(45).warnings.join(' ')).not.toMatch(contradiction);
    const revenueRec = recommend('disaster-recovery', { rpoMinutes: 60, rtoMinutes: 2.5, ...revenue }).rec;
    expect(revenueRec.warnings.join(' ')).not.toMatch(/contradict each other/);
  });

  it('at RTO 30 min pilot light is honest: its why-nots say the target allows starting compute', () => {
    const { rec } = recommend('disaster-recovery', { rpoMinutes: 60, rtoMinutes: 30, ...revenue });
    expect(rec.outcome.id).toBe('pilot-light');
    expect(rec.whyNot.find((w) => w.outcome === 'warm-standby')!.text).toMatch(/allows starting compute from zero/);
  });
});

describe('warm standby warns when the RTO leaves little room for its own recovery', () => {
  const margin = /typically recovers in 10–30 minutes \(the seed’s figure\), so an RTO of [\d.]+ min leaves little margin/;
  const warm = (rpoMinutes: number, rtoMinutes: number) => recommend('disaster-recovery', { ...base, ...dns, rpoMinutes, rtoMinutes }).rec;

  it.each([15, 25, 29.9])('RTO %s min: scale-out, promotion and the traffic switch can use all of it', (rto) => {
    const rec = warm(30, rto);
    expect(rec.outcome.id).toBe('warm-standby');
    expect(rec.warnings.join('\n')).toContain(`an RTO of ${rto} min leaves little margin`);
  });

  it('no such warning once the RTO is past the slow end (a sub-minute RPO with a 45-minute RTO)', () => {
    const rec = warm(0.5, 45);
    expect(rec.outcome.id).toBe('warm-standby');
    expect(rec.warnings.join('\n')).not.toMatch(margin);
  });
});

describe('the recommended services list what the diagram and the notes use', () => {
  it.each([
    ['multi-site-active-active', { rpoMinutes: 0, rtoMinutes: 0, compute: 'ecs', dataStore: 'aurora', clientNeeds: 'dns-fine' }, ['aws.global-accelerator', 'aws.aurora-global', 'aws.ecs', 'aws.alb']],
    ['warm-standby', { rpoMinutes: 0.5, rtoMinutes: 20, compute: 'lambda', dataStore: 'dynamodb', clientNeeds: 'non-http' }, ['aws.global-accelerator', 'aws.dynamodb-global-tables', 'aws.lambda', 'aws.api-gateway']],
    ['pilot-light', { rpoMinutes: 30, rtoMinutes: 45, compute: 'eks', dataStore: 'rds', clientNeeds: 'dns-fine' }, ['aws.rds', 'aws.eks', 'aws.alb']],
    ['backup-restore', { rpoMinutes: 240, rtoMinutes: 1200, compute: 'ec2', dataStore: 's3' }, ['aws.s3', 'aws.ec2-auto-scaling', 'aws.alb']],
  ] as const)('%s', (outcome, answers, expected) => {
    const { rec, arch } = recommend('disaster-recovery', { ...base, budget: 'double-or-more', ...answers });
    expect(rec.outcome.id).toBe(outcome);
    const listed = rec.services.map((s) => s.service.id);
    expect(listed).toEqual(expect.arrayContaining([...expected]));
    const drawn = new Set(arch.nodes.map((n) => n.service).filter((id) => !id.startsWith('generic.')));
    expect([...drawn].filter((id) => !listed.includes(id))).toEqual([]);
    // only what these answers draw: no other data store or compute
    expect(listed.filter((id) => !drawn.has(id))).toEqual([]);
  });
});

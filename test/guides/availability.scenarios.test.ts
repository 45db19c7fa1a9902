import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { enumeratePaths } from '../../src/core/guide/enumerate';
import { loadGuide } from '../helpers/guides';
import { figureValue, itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('availability');

/** Situations from the seed's HA & DR section (S9.Q2 multi-AZ, S9.Q6 cells), and the design a senior architect picks. */
const one = { tenancy: 'single-tenant', peakInstances: 6 };
const scenarios: Scenario[] = [
  { situation: 'an internal wiki at 99 %', answers: { availabilityTarget: 99, tenancy: 'single-tenant' }, expected: 'single-instance' },
  { situation: 'just under the single-instance SLA (99.49 %)', answers: { availabilityTarget: 99.49, tenancy: 'noisy-tenants' }, expected: 'single-instance' },
  { situation: 'exactly the single-instance SLA (99.5 %): no margin, so two AZs', answers: { availabilityTarget: 99.5, ...one }, expected: 'two-az' },
  { situation: '99.9 % for a line-of-business app', answers: { availabilityTarget: 99.9, ...one }, expected: 'two-az' },
  { situation: '99.9 % for a SaaS with a noisy tenant: per-tenant limits, not cells', answers: { availabilityTarget: 99.9, tenancy: 'noisy-tenants', peakInstances: 6 }, expected: 'two-az' },
  { situation: 'exactly the RDS Multi-AZ SLA (99.95 %): Aurora in three AZs', answers: { availabilityTarget: 99.95, ...one }, expected: 'three-az' },
  { situation: '99.98 % with many well-behaved tenants', answers: { availabilityTarget: 99.98, tenancy: 'many-tenants', peakInstances: 9 }, expected: 'three-az' },
  { situation: 'exactly the Region-level SLA (99.99 %): a second Region', answers: { availabilityTarget: 99.99, ...one }, expected: 'multi-region' },
  { situation: '99.99 % where one tenant can crash shared nodes', answers: { availabilityTarget: 99.99, tenancy: 'noisy-tenants', peakInstances: 20 }, expected: 'cells' },
  { situation: '99.95 % SaaS whose tenant crashed every node', answers: { availabilityTarget: 99.95, tenancy: 'noisy-tenants', peakInstances: 40 }, expected: 'cells' },
  { situation: 'five nines for one organisation', answers: { availabilityTarget: 99.999, ...one }, expected: 'cells' },
];

describe('availability guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('never lands a target on a design whose weakest SLA is at or below it', () => {
    // The promise linter proves this over bands; here the boundary values themselves.
    const atMost: Record<string, number> = { 'single-instance': 99.5, 'two-az': 99.95, 'three-az': 99.99, 'multi-region': 99.999, cells: 99.999 };
    for (const path of enumeratePaths(guide).paths) {
      expect(guide.outcomes.find((o) => o.id === path.outcome)!.promises.length, path.outcome).toBeGreaterThan(0);
    }
    for (const target of [99.5, 99.95, 99.99]) {
      const d = decide(guide, { availabilityTarget: target, ...one });
      if (d.status !== 'outcome') throw new Error('no outcome');
      expect(target, d.outcome).toBeLessThan(atMost[d.outcome]!);
    }
  });

  it('computes the downtime a target allows: 99.9 % is 525.6 minutes a year and 43.8 a month', () => {
    expect(figureValue(guide, 'two-az', /per year/, { availabilityTarget: 99.9 })).toBeCloseTo(525.6, 6);
    expect(figureValue(guide, 'two-az', /per month/, { availabilityTarget: 99.9 })).toBeCloseTo(43.8, 6);
    expect(figureValue(guide, 'multi-region', /per year/, { availabilityTarget: 99.99 })).toBeCloseTo(52.56, 6);
  });

  it('sizes the fleet for static stability: 6 at peak needs 12 in two AZs but 9 in three', () => {
    expect(figureValue(guide, 'two-az', /either AZ alone/, { peakInstances: 6 })).toBe(12);
    expect(figureValue(guide, 'three-az', /any two AZs/, { peakInstances: 6 })).toBe(9);
    expect(figureValue(guide, 'three-az', /any two AZs/, { peakInstances: 5 })).toBe(9);
  });

  it('counts shuffle shards: 2 of 8 nodes gives 28 pairs', () => {
    expect(figureValue(guide, 'cells', /Distinct node pairs/, {})).toBe(28);
    expect(figureValue(guide, 'cells', /sharing both nodes/, {})).toBeCloseTo(100 / 28, 6);
  });
});

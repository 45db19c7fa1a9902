import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { composeRuns } from '../../src/core/architecture/compose';
import { fiveGuideSession, realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { figureValue, itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('dynamodb-capacity');

/** Situations from the seed's Cost Optimization section (DynamoDB capacity modes), and the mode a senior architect picks. */
const steady = { writeUnits: 200, readUnits: 800, traffic: 'gradual' };
const scenarios: Scenario[] = [
  { situation: 'a nightly batch on an otherwise idle table: average 5 % of the peak', answers: { writeUnits: 50, readUnits: 50, utilisation: 5 }, expected: 'on-demand' },
  { situation: 'office-hours traffic at 28 %: just under today\'s break-even, on-demand is still cheaper', answers: { writeUnits: 200, readUnits: 800, utilisation: 28 }, expected: 'on-demand' },
  { situation: 'the same table at 29 %: provisioned pays from here', answers: { ...steady, utilisation: 29, commitment: 'unsure' }, expected: 'provisioned-autoscaling' },
  { situation: 'a flash-sale catalogue at 60 % average whose load jumps tenfold in a minute', answers: { writeUnits: 300, readUnits: 3000, utilisation: 60, traffic: 'spiky' }, expected: 'on-demand' },
  { situation: 'a new product table whose load has never been measured', answers: { writeUnits: 20, readUnits: 100, utilisation: 50, traffic: 'unknown' }, expected: 'on-demand' },
  { situation: 'a production orders table on a daily curve, here to stay', answers: { ...steady, utilisation: 70, commitment: 'year' }, expected: 'provisioned-reserved' },
  { situation: 'a steady table, but a migration to another Region is planned', answers: { ...steady, utilisation: 70, commitment: 'unsure' }, expected: 'provisioned-autoscaling' },
  { situation: 'a small steady table: 99 writes and 99 reads, under one 100-unit block', answers: { writeUnits: 99, readUnits: 99, utilisation: 70, traffic: 'gradual', commitment: 'year' }, expected: 'provisioned-autoscaling' },
  { situation: 'a write-heavy steady table: 100 writes fill one block', answers: { writeUnits: 100, readUnits: 0, utilisation: 70, traffic: 'gradual', commitment: 'year' }, expected: 'provisioned-reserved' },
  { situation: 'a read-only steady table: 100 reads fill one block', answers: { writeUnits: 0, readUnits: 100, utilisation: 70, traffic: 'gradual', commitment: 'year' }, expected: 'provisioned-reserved' },
  { situation: 'a table busy around the clock at 100 % of its peak', answers: { ...steady, utilisation: 100, commitment: 'year' }, expected: 'provisioned-reserved' },
];

describe('dynamodb-capacity guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('computes the break-even from today\'s prices: about 29 %, not the seed\'s 20 %', () => {
    const breakEven = figureValue(guide, 'on-demand', /Break-even/, {});
    expect(breakEven).toBeCloseTo(28.9, 1);
    // The band that switches to provisioned starts at the whole percent where provisioned is cheaper.
    expect(Math.ceil(breakEven)).toBe(29);
  });

  it('prices each mode at the user\'s numbers, and provisioned beats on-demand exactly above the break-even', () => {
    const at = (utilisation: number) => ({ writeUnits: 200, readUnits: 800, utilisation });
    // 200 WRU/s × 3,600 × 730 = 525.6 M WRU × $0.625 + 2,102.4 M RRU × $0.125 = $591.30
    expect(figureValue(guide, 'on-demand', /^On-demand/, at(40))).toBeCloseTo(591.3, 1);
    // (200 × $0.00065 + 800 × $0.00013) × 730 h ÷ 0.4 = $427.05
    expect(figureValue(guide, 'on-demand', /peak all month/, at(40))).toBeCloseTo(427.05, 2);
    const onDemand = figureValue(guide, 'on-demand', /^On-demand/, at(28));
    expect(figureValue(guide, 'on-demand', /peak all month/, at(28))).toBeGreaterThan(onDemand);
    expect(figureValue(guide, 'on-demand', /peak all month/, at(29))).toBeLessThan(onDemand);
  });

  it('shows the reserved figure only on the reserved outcome, below the auto-scaled one', () => {
    const n = { writeUnits: 200, readUnits: 800, utilisation: 70 };
    const reserved = figureValue(guide, 'provisioned-reserved', /reserved for one year/, n);
    expect(reserved).toBeLessThan(figureValue(guide, 'provisioned-reserved', /auto scaling that tracks/, n));
    expect(() => figureValue(guide, 'provisioned-autoscaling', /reserved for one year/, n)).toThrow(/no figure/);
  });

  it('rejects a utilisation of 0 % and names the range', () => {
    const result = decide(guide, { writeUnits: 10, readUnits: 10, utilisation: 0 });
    expect(result.status).toBe('error');
    expect(result.status === 'error' && result.message).toMatch(/1 to 100 %/);
  });

  it('joins the composed architecture from its diagram declarations: the compute guide\'s tasks replace its stand-in', () => {
    const d = decide(guide, { writeUnits: 200, readUnits: 800, utilisation: 70, traffic: 'gradual', commitment: 'year' });
    if (d.status !== 'outcome') throw new Error('no outcome');
    const m = composeRuns([...fiveGuideSession(), { guide, decided: { outcome: d.outcome, answers: d.answers, path: d.path } }], realLibrary().catalog);
    expect(m.nodes.some((n) => n.id === 'dynamodb-capacity/app')).toBe(false);
    expect(m.nodes.find((n) => n.id === 'dynamodb-capacity/table')?.parent).toBe('@region-1');
    for (const task of ['compute/task-a', 'compute/task-b', 'compute/task-c']) {
      expect(m.edges.find((e) => e.from === task && e.to === 'dynamodb-capacity/table')?.label).toBe('reads and writes');
    }
  });
});

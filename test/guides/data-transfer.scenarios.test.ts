import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { loadGuide } from '../helpers/guides';
import { figureValue, itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('data-transfer');

/** One month of a mid-sized workload, every path answered. */
const month = {
  internetGb: 5000, crossRegionGb: 500, crossAzGb: 2000, azLocalPct: 50,
  natS3Gb: 3000, natAwsGb: 500, onPremGb: 500, compressiblePct: 30,
};

/**
 * Situations from the seed's data-transfer question (S8.Q4). Direct Connect ($0.02/GB plus a
 * 1 Gbps port) beats a VPN over the internet ($0.09/GB plus the VPN's hours) above 2,629 GB a month.
 */
const scenarios: Scenario[] = [
  { situation: 'course videos served straight from storage', answers: { ...month, largestLine: 'internet', internetGb: 40000 }, expected: 'cloudfront-edge' },
  { situation: 'a data lake read through NAT gateways', answers: { ...month, largestLine: 'nat', natS3Gb: 50000 }, expected: 'gateway-endpoints' },
  { situation: 'forty services chatting across three AZs', answers: { ...month, largestLine: 'cross-az', crossAzGb: 20000 }, expected: 'same-az' },
  { situation: 'DR replication to a second Region', answers: { ...month, largestLine: 'cross-region', crossRegionGb: 30000 }, expected: 'compress-and-trim' },
  { situation: '3 TB a month of exports to the warehouse', answers: { ...month, largestLine: 'on-prem', onPremGb: 3000 }, expected: 'direct-connect' },
  { situation: '2,628 GB to the office: one GB short of the break-even', answers: { ...month, largestLine: 'on-prem', onPremGb: 2628 }, expected: 'compress-and-trim' },
  { situation: '2,629 GB to the office: the dedicated link wins', answers: { ...month, largestLine: 'on-prem', onPremGb: 2629 }, expected: 'direct-connect' },
];

const fig = (outcome: string, label: RegExp, extra: Record<string, number> = {}) => figureValue(guide, outcome, label, { ...month, ...extra });

describe('data-transfer guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('prices each path from the facts', () => {
    // internet (5,000 − 100 free) × $0.09 = $441; Regions 500 × $0.02 = $10; AZs 2,000 × 2 × $0.01 = $40;
    // NAT (3,000 + 500) × $0.045 = $157.50; on-premises 500 × $0.09 = $45 plus the VPN's $36.50
    expect(fig('same-az', /bill today/)).toBeCloseTo(441 + 10 + 40 + 157.5 + 45 + 36.5, 6);
  });

  it('applies every change in the after-bill', () => {
    // compression removes 30 % × 70 % = 21 % of internet, Region and on-premises bytes
    const internet = (5000 * 0.79 - 1000) * 0.085;
    const after = internet + 500 * 0.79 * 0.02 + 2000 * 0.5 * 0.02 + 0 + 500 * 0.01 + 500 * 0.79 * 0.09 + 36.5;
    expect(fig('same-az', /After every change/)).toBeCloseTo(after, 6);
    expect(fig('gateway-endpoints', /NAT charges removed/)).toBeCloseTo(3500 * 0.045 - 500 * 0.01, 6);
  });

  it('charges the port on the Direct Connect path and saves only above the break-even', () => {
    const saving = (gb: number) => fig('direct-connect', /On-premises line alone/, { onPremGb: gb, compressiblePct: 0 });
    // the link replaces the VPN: 4,000 GB × ($0.09 − $0.02) − $219 port + $36.50 VPN
    expect(saving(4000)).toBeCloseTo(4000 * 0.07 - 219 + 36.5, 6);
    expect(saving(2629)).toBeGreaterThan(0);
  });

  it('routes on-premises traffic by volume only when it is the largest line', () => {
    const d = decide(guide, { ...month, largestLine: 'internet', onPremGb: 9000 });
    expect(d).toMatchObject({ status: 'outcome', outcome: 'cloudfront-edge' });
  });
});

import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { composeRuns } from '../../src/core/architecture/compose';
import { fiveGuideSession, realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { figureValue, itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('private-access');

/** Calls to AWS APIs where the internet path is allowed and a NAT gateway exists anyway: cost decides. */
const cheapest = { destination: 'aws-apis', internetPath: 'allowed', natAnyway: 'yes' } as const;

/**
 * Situations from the seed's Networking & VPC section (S2.Q3) and cost questions (S8.Q3/Q4).
 * The break-even volumes are where one interface endpoint in every AZ ($0.01/h per AZ + $0.01/GB)
 * costs less than the NAT gateway's $0.045/GB on the same traffic: 730 h × $0.01 × AZs / $0.035,
 * i.e. 209, 418, 626, 835, 1,043 and 1,252 GB a month for 1 to 6 AZs.
 */
const scenarios: Scenario[] = [
  { situation: 'a data lake reads 50 TB a month from S3', answers: { destination: 's3-dynamodb', azCount: 3, monthlyGb: 50000 }, expected: 'gateway-endpoint' },
  { situation: 'a PCI workload calls Secrets Manager and KMS lightly', answers: { destination: 'aws-apis', internetPath: 'forbidden', azCount: 3, monthlyGb: 5 }, expected: 'interface-endpoint' },
  { situation: 'Lambda functions that call only SQS, no NAT gateway otherwise', answers: { destination: 'aws-apis', internetPath: 'allowed', natAnyway: 'no', azCount: 2, monthlyGb: 1 }, expected: 'interface-endpoint' },
  { situation: 'containers download OS packages and call a payment provider', answers: { destination: 'internet', azCount: 3, monthlyGb: 2000 }, expected: 'nat-gateway' },
  { situation: 'a SaaS vendor offers its API to customers privately', answers: { destination: 'publish' }, expected: 'endpoint-service' },
  // Break-even boundaries, one AZ count at a time: the last NAT volume and the first endpoint volume.
  { situation: '1 AZ, 208 GB to CloudWatch Logs: NAT still cheaper', answers: { ...cheapest, azCount: 1, monthlyGb: 208 }, expected: 'nat-gateway' },
  { situation: '1 AZ, 209 GB: the endpoint wins', answers: { ...cheapest, azCount: 1, monthlyGb: 209 }, expected: 'interface-endpoint' },
  { situation: '2 AZs, 417 GB: NAT still cheaper', answers: { ...cheapest, azCount: 2, monthlyGb: 417 }, expected: 'nat-gateway' },
  { situation: '2 AZs, 418 GB: the endpoint wins', answers: { ...cheapest, azCount: 2, monthlyGb: 418 }, expected: 'interface-endpoint' },
  { situation: '3 AZs, 625 GB: NAT still cheaper', answers: { ...cheapest, azCount: 3, monthlyGb: 625 }, expected: 'nat-gateway' },
  { situation: '3 AZs, 626 GB: the endpoint wins', answers: { ...cheapest, azCount: 3, monthlyGb: 626 }, expected: 'interface-endpoint' },
  { situation: '4 AZs, 834 GB: NAT still cheaper', answers: { ...cheapest, azCount: 4, monthlyGb: 834 }, expected: 'nat-gateway' },
  { situation: '4 AZs, 835 GB: the endpoint wins', answers: { ...cheapest, azCount: 4, monthlyGb: 835 }, expected: 'interface-endpoint' },
  { situation: '5 AZs, 1,042 GB: NAT still cheaper', answers: { ...cheapest, azCount: 5, monthlyGb: 1042 }, expected: 'nat-gateway' },
  { situation: '5 AZs, 1,043 GB: the endpoint wins', answers: { ...cheapest, azCount: 5, monthlyGb: 1043 }, expected: 'interface-endpoint' },
  { situation: '6 AZs, 1,251 GB: NAT still cheaper', answers: { ...cheapest, azCount: 6, monthlyGb: 1251 }, expected: 'nat-gateway' },
  { situation: '6 AZs, 1,252 GB: the endpoint wins', answers: { ...cheapest, azCount: 6, monthlyGb: 1252 }, expected: 'interface-endpoint' },
  { situation: '3 AZs and 10 TB of ECR pulls', answers: { ...cheapest, azCount: 3, monthlyGb: 10000 }, expected: 'interface-endpoint' },
];

const endpointMonth = (az: number, gb: number) => figureValue(guide, 'interface-endpoint', /One interface endpoint/, { azCount: az, monthlyGb: gb });
const natGbMonth = (gb: number) => figureValue(guide, 'interface-endpoint', /NAT per-GB/, { azCount: 1, monthlyGb: gb });

describe('private-access guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('recommends the endpoint exactly where its monthly cost drops below the NAT per-GB charge it removes', () => {
    for (let az = 1; az <= 6; az++) {
      for (let gb = 0; gb <= 1400; gb += 1) {
        const d = decide(guide, { ...cheapest, azCount: az, monthlyGb: gb });
        if (d.status !== 'outcome') throw new Error('no outcome');
        const endpointCheaper = endpointMonth(az, gb) < natGbMonth(gb);
        expect(d.outcome, `${az} AZs, ${gb} GB`).toBe(endpointCheaper ? 'interface-endpoint' : 'nat-gateway');
      }
    }
  });

  it('prices the user\'s traffic from the facts: 3 AZs and 1,000 GB', () => {
    // 3 × 730 h × $0.01 + 1,000 GB × $0.01 = $31.90; NAT: 3 × 730 × $0.045 + 1,000 × $0.045 = $143.55
    expect(endpointMonth(3, 1000)).toBeCloseTo(31.9, 2);
    expect(figureValue(guide, 'nat-gateway', /NAT gateways \(one per AZ\)/, { azCount: 3, monthlyGb: 1000 })).toBeCloseTo(143.55, 2);
    expect(figureValue(guide, 'gateway-endpoint', /saves/, { azCount: 3, monthlyGb: 50000 })).toBeCloseTo(2250, 2);
    expect(figureValue(guide, 'interface-endpoint', /Traffic above which/, { azCount: 3, monthlyGb: 0 })).toBeCloseTo(625.71, 1);
  });

  it('explains a NAT gateway ruled out by compliance differently from one ruled out by volume', () => {
    const why = (answers: Record<string, string | number>) => {
      const d = decide(guide, answers);
      if (d.status !== 'outcome') throw new Error('no outcome');
      return buildRecommendation(guide, realLibrary().catalog, d).whyNot.find((w) => w.outcome === 'nat-gateway')!.explanation;
    };
    expect(why({ destination: 'aws-apis', internetPath: 'forbidden', azCount: 3, monthlyGb: 5 })).toMatch(/compliance/);
    expect(why({ ...cheapest, azCount: 3, monthlyGb: 5000 })).toMatch(/At this volume/);
  });

  it('joins the composed architecture: the interface endpoint lands in the shared VPC\'s private subnet and the compute tasks call it', () => {
    const d = decide(guide, { destination: 'aws-apis', internetPath: 'forbidden', azCount: 3, monthlyGb: 5 });
    if (d.status !== 'outcome') throw new Error('no outcome');
    const m = composeRuns([...fiveGuideSession(), { guide, decided: { outcome: d.outcome, answers: d.answers, path: d.path } }], realLibrary().catalog);
    expect(m.nodes.some((n) => n.id === 'private-access/app')).toBe(false);
    expect(m.nodes.find((n) => n.id === 'private-access/endpoint')!.parent).toBe('@region-1/vpc/az-a/private');
    expect(m.edges.some((e) => e.from === 'compute/task-a' && e.to === 'private-access/endpoint')).toBe(true);
  });
});

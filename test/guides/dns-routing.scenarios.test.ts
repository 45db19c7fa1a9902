import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { composeRuns } from '../../src/core/architecture/compose';
import { fiveGuideSession, realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { figureValue, itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('dns-routing');

const pub = { zoneScope: 'public' } as const;
const standby = { ...pub, goal: 'standby', clientDns: 'honours-ttl' } as const;

/**
 * Situations from the seed's Networking & VPC section (S2.Q5, Route 53 routing policies) and
 * HA/DR (S9.Q3, Global Accelerator). DNS failover waits for three failed health checks and then
 * for cached answers to expire: 10 s × 3 + 60 s TTL = 90 s at best, 30 s × 3 + 60 s = 150 s with
 * standard checks. Targets below 90 s, or clients that ignore TTLs, need anycast IPs instead.
 */
const scenarios: Scenario[] = [
  { situation: 'a brochure site behind one load balancer', answers: { ...pub, goal: 'single', ttlSeconds: 3600 }, expected: 'simple' },
  { situation: 'v1 80 / v2 20 canary (the seed example)', answers: { ...pub, goal: 'split', currentWeight: 80, newWeight: 20, ttlSeconds: 60 }, expected: 'weighted' },
  { situation: 'a global API active in three Regions', answers: { ...pub, goal: 'nearest', nearestBasis: 'latency', clientDns: 'honours-ttl', ttlSeconds: 60 }, expected: 'latency' },
  { situation: 'two Regions, push users towards the bigger one', answers: { ...pub, goal: 'nearest', nearestBasis: 'distance-bias', bias: 40, clientDns: 'honours-ttl', ttlSeconds: 60 }, expected: 'geoproximity' },
  { situation: 'EU users must stay in the EU', answers: { ...pub, goal: 'by-location', ttlSeconds: 300 }, expected: 'geolocation' },
  { situation: 'four game servers, no load balancer', answers: { ...pub, goal: 'many-ips', ttlSeconds: 30 }, expected: 'multivalue' },
  { situation: 'set-top boxes keep the address for days', answers: { ...pub, goal: 'nearest', nearestBasis: 'latency', clientDns: 'caches-long' }, expected: 'global-accelerator' },
  { situation: 'banks allow-list our IPs (active-passive)', answers: { ...standby, clientDns: 'fixed-ips' }, expected: 'global-accelerator' },
  { situation: 'internal names resolved from the data centre too', answers: { zoneScope: 'private', onPremResolve: 'yes' }, expected: 'private-hosted-zone' },
  { situation: 'internal names inside AWS only', answers: { zoneScope: 'private', onPremResolve: 'no' }, expected: 'private-hosted-zone' },
  // The failover boundaries: 89 s is faster than DNS can promise, 90 s is DNS with fast checks, 150 s standard checks.
  { situation: 'standby within 89 s: faster than DNS failover', answers: { ...standby, failoverSeconds: 89 }, expected: 'global-accelerator' },
  { situation: 'standby within 90 s: DNS with 10-second checks just makes it', answers: { ...standby, failoverSeconds: 90 }, expected: 'failover' },
  { situation: 'standby within 149 s: still needs 10-second checks', answers: { ...standby, failoverSeconds: 149 }, expected: 'failover' },
  { situation: 'standby within 150 s: standard checks suffice', answers: { ...standby, failoverSeconds: 150 }, expected: 'failover' },
];

const recommend = (answers: Record<string, string | number>) => {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  return { d, rec: buildRecommendation(guide, realLibrary().catalog, d) };
};
type Change = { Action: string; ResourceRecordSet: Record<string, unknown> };
const changes = (answers: Record<string, string | number>, id = 'record-set'): Change[] => {
  const doc = recommend(answers).rec.artefacts!.find((a) => a.id === id)!.document as { ChangeBatch: { Changes: Change[] } };
  return doc.ChangeBatch.Changes;
};

describe('dns-routing guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('recommends DNS failover exactly from 90 seconds, and the 10-second interval below 150', () => {
    for (let s = 1; s <= 400; s++) {
      const { d, rec } = recommend({ ...standby, failoverSeconds: s });
      expect(d.outcome, `${s} s`).toBe(s < 90 ? 'global-accelerator' : 'failover');
      if (d.outcome !== 'failover') continue;
      const check = rec.artefacts!.find((a) => a.id.startsWith('health-check'))!.document as { HealthCheckConfig: { RequestInterval: number; FailureThreshold: number } };
      expect(check.HealthCheckConfig.RequestInterval, `${s} s`).toBe(s < 150 ? 10 : 30);
      expect(check.HealthCheckConfig.FailureThreshold).toBe(3);
      // detection (interval × 3) plus the 60-second TTL never exceeds the user's target
      expect(check.HealthCheckConfig.RequestInterval * 3 + 60).toBeLessThanOrEqual(s);
    }
  });

  it('computes failover time from the facts: 90 s with fast checks, 150 s with standard ones', () => {
    expect(figureValue(guide, 'failover', /10-second/, {})).toBe(90);
    expect(figureValue(guide, 'failover', /30-second/, {})).toBe(150);
  });

  it('fills the weighted change batch from the answers: weights and TTL as numbers, one record per version', () => {
    const c = changes({ ...pub, goal: 'split', currentWeight: 80, newWeight: 20, ttlSeconds: 60 });
    expect(c.map((x) => [x.ResourceRecordSet.SetIdentifier, x.ResourceRecordSet.Weight, x.ResourceRecordSet.TTL])).toEqual([['current', 80, 60], ['new', 20, 60]]);
    expect(c.every((x) => x.Action === 'UPSERT' && typeof x.ResourceRecordSet.HealthCheckId === 'string')).toBe(true);
    expect(figureValue(guide, 'weighted', /Share/, { currentWeight: 80, newWeight: 20 })).toBeCloseTo(20, 6);
    expect(figureValue(guide, 'weighted', /Share/, { currentWeight: 255, newWeight: 1 })).toBeCloseTo(100 / 256, 6);
  });

  it('writes a default record beside the geolocation records, and the bias into geoproximity', () => {
    const geo = changes({ ...pub, goal: 'by-location', ttlSeconds: 300 });
    expect(geo.map((x) => x.ResourceRecordSet.GeoLocation)).toEqual([{ ContinentCode: 'EU' }, { CountryCode: '*' }]);
    expect(geo.every((x) => x.ResourceRecordSet.TTL === 300)).toBe(true);
    const prox = changes({ ...pub, goal: 'nearest', nearestBasis: 'distance-bias', bias: -30, clientDns: 'honours-ttl', ttlSeconds: 60 });
    expect(prox[0]!.ResourceRecordSet.GeoProximityLocation).toEqual({ AWSRegion: 'us-east-1', Bias: -30 });
  });

  it('explains Global Accelerator differently for stale DNS caches and for a target faster than DNS', () => {
    const notes = (answers: Record<string, string | number>) => recommend(answers).rec.notes.join(' ');
    expect(notes({ ...pub, goal: 'nearest', nearestBasis: 'latency', clientDns: 'caches-long' })).toMatch(/keep DNS answers too long/);
    expect(notes({ ...standby, failoverSeconds: 45 })).toMatch(/shorter than DNS failover can promise/);
    const why = recommend({ ...standby, failoverSeconds: 300 }).rec.whyNot.find((w) => w.outcome === 'global-accelerator')!.explanation;
    expect(why).toMatch(/DNS failover meets your target/);
  });

  it('adds Resolver endpoints only when names cross the hybrid link', () => {
    const ids = (onPremResolve: string) => recommend({ zoneScope: 'private', onPremResolve }).rec.artefacts!.map((a) => a.id);
    expect(ids('yes')).toContain('resolver-endpoints');
    expect(ids('no')).not.toContain('resolver-endpoints');
  });

  it('joins a composed architecture: the DNS zone answers with the entry the other guides provide', () => {
    const d = decide(guide, { ...standby, failoverSeconds: 120 });
    if (d.status !== 'outcome') throw new Error('no outcome');
    const m = composeRuns([...fiveGuideSession(), { guide, decided: { outcome: d.outcome, answers: d.answers, path: d.path } }], realLibrary().catalog);
    expect(m.nodes.some((n) => n.id === 'dns-routing/dns')).toBe(true);
    expect(m.nodes.filter((n) => n.service === 'generic.users').length).toBe(1);
  });
});

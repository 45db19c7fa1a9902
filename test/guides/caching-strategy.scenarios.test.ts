import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { composeRuns } from '../../src/core/architecture/compose';
import { fiveGuideSession, realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { figureValue, itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('caching-strategy');

/** Situations from the seed's Storage section (S4.Q6 caching, S4.Q2 Redis vs Memcached), and the cache a senior architect picks. */
const load = { ttlSeconds: 300, keyReadsPerSecond: 300 };
const scenarios: Scenario[] = [
  { situation: 'a product API with the same JSON for every visitor', answers: { staleness: 'ttl-ok', dataSource: 'public-http', ...load }, expected: 'edge-cache' },
  { situation: 'hot items in a DynamoDB table', answers: { staleness: 'ttl-ok', dataSource: 'dynamodb', ...load }, expected: 'dax' },
  { situation: 'profiles from PostgreSQL, with a leaderboard and a rebuild lock', answers: { staleness: 'ttl-ok', dataSource: 'database', cacheFeatures: 'structures', ttlSeconds: 3600, keyReadsPerSecond: 200 }, expected: 'cache-aside-valkey' },
  { situation: 'rebuildable HTML fragments on multi-core nodes', answers: { staleness: 'ttl-ok', dataSource: 'database', cacheFeatures: 'plain', ...load }, expected: 'cache-aside-memcached' },
  { situation: 'settings changed only through their own service', answers: { staleness: 'fresh', writers: 'one-service', ...load }, expected: 'write-through' },
  { situation: 'stock changed by orders, imports and staff', answers: { staleness: 'fresh', writers: 'many', ...load }, expected: 'event-invalidation' },
];

const artefactText = (answers: Record<string, string | number>) => {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  return buildRecommendation(guide, realLibrary().catalog, d, {}).artefacts ?? [];
};

describe('caching-strategy guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('fills the CloudFront cache policy with the TTL and varies only on Accept-Language', () => {
    const [policy] = artefactText({ staleness: 'ttl-ok', dataSource: 'public-http', ttlSeconds: 300, keyReadsPerSecond: 300 });
    const doc = JSON.parse(policy!.text) as { DefaultTTL: number; MaxTTL: number; MinTTL: number; ParametersInCacheKeyAndForwardedToOrigin: { HeadersConfig: { Headers: { Quantity: number; Items: string[] } } } };
    expect(doc.DefaultTTL).toBe(300);
    expect(doc.MaxTTL).toBeGreaterThanOrEqual(doc.DefaultTTL);
    expect(doc.MinTTL).toBeLessThanOrEqual(doc.DefaultTTL);
    const headers = doc.ParametersInCacheKeyAndForwardedToOrigin.HeadersConfig.Headers;
    expect(headers.Items).toEqual(['Accept-Language']);
    expect(headers.Quantity).toBe(headers.Items.length);
  });

  it('sets the DAX TTLs in milliseconds and creates Valkey with the engine name ElastiCache expects', () => {
    const [dax] = artefactText({ staleness: 'ttl-ok', dataSource: 'dynamodb', ttlSeconds: 90, keyReadsPerSecond: 10 });
    expect(dax!.text).toContain('ParameterName=record-ttl-millis,ParameterValue=90000');
    expect(dax!.text).toContain('ParameterName=query-ttl-millis,ParameterValue=90000');
    const [valkey] = artefactText({ staleness: 'fresh', writers: 'many', ttlSeconds: 600, keyReadsPerSecond: 10 });
    expect(valkey!.text).toMatch(/--engine valkey/);
    expect(valkey!.text).toMatch(/--subnet-ids subnet-[0-9a-f]+ subnet-[0-9a-f]+\s/);
  });

  it('counts what one fetch of the busiest key serves: 300 reads/s for 5 minutes is 90,000 reads', () => {
    expect(figureValue(guide, 'edge-cache', /served per fetch/, { ttlSeconds: 300, keyReadsPerSecond: 300 })).toBe(90000);
    expect(figureValue(guide, 'edge-cache', /served per fetch/, { ttlSeconds: 300, keyReadsPerSecond: 0 })).toBe(1);
    // The seed's profile TTL: one database read an hour per key and cache node.
    expect(figureValue(guide, 'cache-aside-valkey', /per hour/, { ttlSeconds: 3600, keyReadsPerSecond: 200 })).toBe(1);
    expect(figureValue(guide, 'cache-aside-valkey', /holds the lock/, { ttlSeconds: 3600, keyReadsPerSecond: 200 })).toBe(2000);
  });

  it('draws its cache beside the compute guide\'s tasks in a composed architecture', () => {
    const d = decide(guide, { staleness: 'ttl-ok', dataSource: 'database', cacheFeatures: 'structures', ttlSeconds: 3600, keyReadsPerSecond: 200 });
    if (d.status !== 'outcome') throw new Error('no outcome');
    const m = composeRuns([...fiveGuideSession(), { guide, decided: { outcome: d.outcome, answers: d.answers, path: d.path } }], realLibrary().catalog);
    expect(m.nodes.some((n) => n.id === 'caching-strategy/app')).toBe(false);
    expect(m.nodes.some((n) => n.id === 'caching-strategy/cache')).toBe(true);
    expect(m.edges.some((e) => e.from.startsWith('compute/') && e.to === 'caching-strategy/cache')).toBe(true);
  });
});

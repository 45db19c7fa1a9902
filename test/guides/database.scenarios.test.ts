import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { loadGuide } from '../helpers/guides';
import { recommend } from './recommend';
import { lintPromises } from '../../src/core/guide/lint-promises';
import { itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('database');


/** Situations from the seed's Storage & Databases section, and what a senior architect picks. */
const relational = {
  dataRole: 'system-of-record', dataModel: 'relational', availabilityTarget: 99.95, readReplicas: 1,
  loadShape: 'steady', lambdaClients: 'no', regionCount: 1,
};
const keyValue = { dataRole: 'system-of-record', dataModel: 'key-value', accessPatterns: 'known', itemSizeKb: 2, regionCount: 1 };

const scenarios: Scenario[] = [
  {
    situation: 'a new SaaS product needs SQL joins and transactions for billing and accounts',
    answers: { ...relational, engine: 'new', readReplicas: 2 },
    expected: 'aurora',
  },
  {
    situation: 'lift-and-shift of an on-prem PostgreSQL with a 99.95 % target and one reporting replica',
    answers: { ...relational, engine: 'mysql-postgres' },
    expected: 'rds',
  },
  {
    // Was RDS: the RDS Multi-AZ SLA is 99.95 %, so 99.98 % is past what RDS commits.
    situation: 'the same PostgreSQL at 99.95 % exactly: RDS Multi-AZ commits that much',
    answers: { ...relational, engine: 'mysql-postgres', availabilityTarget: 99.95 },
    expected: 'rds',
  },
  {
    situation: 'the same PostgreSQL at 99.951 %: past the RDS Multi-AZ SLA, Aurora commits 99.99 %',
    answers: { ...relational, engine: 'mysql-postgres', availabilityTarget: 99.951 },
    expected: 'aurora',
  },
  {
    situation: 'a new relational store in one Region at 99.995 %: no single-Region cluster commits that, a second Region is needed',
    answers: { ...relational, engine: 'new', availabilityTarget: 99.995 },
    expected: 'aurora-global',
  },
  {
    situation: 'the same PostgreSQL at exactly 99.99 %: production at four nines moves to Aurora',
    answers: { ...relational, engine: 'mysql-postgres', availabilityTarget: 99.99 },
    expected: 'aurora',
  },
  {
    situation: 'a MySQL read-heavy catalogue needs exactly 5 read replicas: within RDS',
    answers: { ...relational, engine: 'mysql-postgres', readReplicas: 5 },
    expected: 'rds',
  },
  {
    // Was Aurora: RDS for MySQL and PostgreSQL allows 15 read replicas, not 5 (FACT-REVIEW row 2).
    situation: 'the catalogue grows to 15 read replicas, still within RDS for MySQL and PostgreSQL',
    answers: { ...relational, engine: 'mysql-postgres', readReplicas: 15 },
    expected: 'rds',
  },
  {
    situation: 'a SQL Server ERP must reach 99.99 %, but Aurora cannot run SQL Server',
    answers: { ...relational, engine: 'other-engine', availabilityTarget: 99.99, readReplicas: 2 },
    expected: 'rds',
  },
  {
    situation: 'a serverless API on Lambda with spiky traffic needs a new relational store (Serverless v2 plus RDS Proxy)',
    answers: { ...relational, engine: 'new', loadShape: 'variable', lambdaClients: 'yes' },
    expected: 'aurora',
  },
  {
    situation: 'a global storefront serves EU, US and APAC with strongly consistent orders written in one home Region',
    answers: { ...relational, engine: 'new', availabilityTarget: 99.99, regionCount: 3, writeRegions: 'single-writer' },
    expected: 'aurora-global',
  },
  {
    situation: 'an Oracle database needs a DR copy in a second Region: RDS with a cross-Region replica',
    answers: { ...relational, engine: 'other-engine', regionCount: 2, writeRegions: 'single-writer' },
    expected: 'rds',
  },
  {
    situation: 'game player profiles read and written by ID at huge scale with 2 KB items',
    answers: { ...keyValue },
    expected: 'dynamodb',
  },
  {
    situation: 'session documents of exactly 400 KB still fit in one DynamoDB item',
    answers: { ...keyValue, itemSizeKb: 400 },
    expected: 'dynamodb',
  },
  {
    situation: 'order documents of 401 KB: still DynamoDB, with the body moved to S3',
    answers: { ...keyValue, itemSizeKb: 401 },
    expected: 'dynamodb',
  },
  {
    situation: 'a shopping cart written in three Regions at once, active-active',
    answers: { ...keyValue, regionCount: 3, writeRegions: 'every-region' },
    expected: 'dynamodb-global-tables',
  },
  {
    situation: 'a key-value idea, but product managers will keep adding filters and reports: back to SQL',
    answers: { dataRole: 'system-of-record', dataModel: 'key-value', accessPatterns: 'evolving', engine: 'new', availabilityTarget: 99.9, readReplicas: 0, loadShape: 'steady', lambdaClients: 'no', regionCount: 1 },
    expected: 'aurora',
  },
  {
    situation: 'a real-time game leaderboard on sorted sets, with sessions that must survive a node failure',
    answers: { dataRole: 'cache', cacheFeatures: 'data-structures' },
    expected: 'elasticache-redis',
  },
  {
    situation: 'caching product query results in front of the database',
    answers: { dataRole: 'cache', cacheFeatures: 'plain' },
    expected: 'elasticache-redis',
  },
  {
    situation: 'factory sensors report temperature every 10 seconds for trend dashboards',
    answers: { dataRole: 'time-series' },
    expected: 'timestream',
  },
  {
    situation: 'product search with typo tolerance and facets by brand and price',
    answers: { dataRole: 'search' },
    expected: 'opensearch',
  },
  {
    situation: 'finance dashboards and scheduled BI reports all day, scanning 200 TB a month',
    answers: { dataRole: 'analytics', analyticsPattern: 'dashboards', tbScanned: 200 },
    expected: 'redshift',
  },
  {
    situation: 'engineers occasionally query months of load-balancer logs landing in S3',
    answers: { dataRole: 'analytics', analyticsPattern: 'ad-hoc', tbScanned: 2 },
    expected: 'athena-lake',
  },
];

describe('database guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('rejects an item size outside the range and names the range', () => {
    const result = decide(guide, { ...keyValue, itemSizeKb: 2000000 });
    expect(result.status).toBe('error');
    expect(result.status === 'error' && result.message).toMatch(/1 to 1,048,576 KB/);
  });

  it('rejects an availability target above 99.999 %', () => {
    const result = decide(guide, { ...relational, engine: 'new', availabilityTarget: 100 });
    expect(result.status).toBe('error');
    expect(result.status === 'error' && result.message).toMatch(/90 to 99\.999 %/);
  });

  it('rejects a target with more than three decimals, which no band can place', () => {
    const result = decide(guide, { ...relational, engine: 'new', availabilityTarget: 99.9905 });
    expect(result.status).toBe('error');
    expect(result.status === 'error' && result.message).toBe('Enter a number with at most 3 decimal places from 90 to 99.999 %.');
  });

  it('keeps Aurora\'s 99.99 % promise only because targets have at most three decimals', () => {
    expect(lintPromises(guide, 'database.json')).toEqual([]);
    const question = guide.questions.find((q) => q.id === 'availabilityTarget')!;
    const loose = { ...guide, questions: guide.questions.map((q) => (q === question ? { ...question, decimals: undefined } : q)) } as typeof guide;
    expect(lintPromises(loose, 'database.json').map((p) => p.message).join('\n')).toContain('promises availabilityTarget of at most 99.99 %, but band "up-to-four-nines" (up to 99.991 %)');
  });

  it('tells a SQL Server team at 99.99 % that RDS commits 99.95 %, and promises nothing more', () => {
    const { rec } = recommend('database', { ...relational, engine: 'other-engine', availabilityTarget: 99.99, readReplicas: 2 });
    expect(rec.warnings.join('\n')).toContain('RDS commits 99.95 % for a Multi-AZ deployment, below your target of 99.99 %');
  });
});

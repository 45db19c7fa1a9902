import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { figureValue, itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('trace-sampling');

/** Situations from the seed's Observability section (S6.Q5), and the sampling a senior SRE picks. */
const numbers = { requestsPerSecond: 200, baselinePercent: 5, errorPercent: 1 };
const w3c = { ...numbers, propagation: 'w3c' };
const debug = { ...w3c, purpose: 'debug-failures' };
const scenarios: Scenario[] = [
  { situation: 'traces only feed the service map and latency breakdowns', answers: { ...w3c, purpose: 'trends' }, expected: 'head-fixed-rate' },
  { situation: 'failed requests must be traceable, and the entry service returns their errors', answers: { ...debug, slowToo: 'no', errorDepth: 'at-entry' }, expected: 'head-with-errors' },
  { situation: 'errors hidden by retries deep in the chain, collectors can be run', answers: { ...debug, slowToo: 'no', errorDepth: 'deep', collectorTier: 'yes' }, expected: 'tail-based' },
  { situation: 'errors hidden by retries, but no collectors of their own', answers: { ...debug, slowToo: 'no', errorDepth: 'deep', collectorTier: 'no' }, expected: 'head-with-errors' },
  { situation: 'every slow request too, collectors can be run', answers: { ...debug, slowToo: 'yes', collectorTier: 'yes' }, expected: 'tail-based' },
  { situation: 'every slow request too, managed pieces only', answers: { ...debug, slowToo: 'yes', collectorTier: 'no' }, expected: 'head-with-errors' },
  { situation: 'X-Ray headers today, traces for trends', answers: { ...numbers, propagation: 'xray', purpose: 'trends' }, expected: 'head-fixed-rate' },
];

describe('trace-sampling guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('prices the traces each strategy records: 200 requests/s at 5 % is 25.92 million traces, $129.10 after the free tier', () => {
    expect(figureValue(guide, 'head-fixed-rate', /^Traces recorded/, numbers)).toBeCloseTo(25_920_000, 0);
    expect(figureValue(guide, 'head-fixed-rate', /X-Ray recording cost/, numbers)).toBeCloseTo(129.1, 6);
    // Keeping every failing request (1 %) on top of the 5 % baseline: 5.95 % of 518.4 million.
    expect(figureValue(guide, 'head-with-errors', /^Traces recorded/, numbers)).toBeCloseTo(30_844_800, 0);
    expect(figureValue(guide, 'tail-based', /X-Ray recording cost/, numbers)).toBeCloseTo(153.724, 6);
    // Inside the free tier nothing is charged.
    expect(figureValue(guide, 'head-fixed-rate', /X-Ray recording cost/, { ...numbers, requestsPerSecond: 0.5 })).toBe(0);
  });

  it('sizes the sampler tier from the decision wait: one sampler up to 1,666 requests/s, two at 2,000', () => {
    expect(figureValue(guide, 'tail-based', /Second-tier collectors/, { ...numbers, requestsPerSecond: 1666 })).toBe(1);
    expect(figureValue(guide, 'tail-based', /Second-tier collectors/, { ...numbers, requestsPerSecond: 2000 })).toBe(2);
  });

  it('fills the collector configuration with the baseline share and routes spans by trace id', () => {
    const d = decide(guide, { ...debug, baselinePercent: 2, slowToo: 'yes', collectorTier: 'yes' });
    if (d.status !== 'outcome') throw new Error('no outcome');
    const artefacts = buildRecommendation(guide, realLibrary().catalog, d, {}).artefacts ?? [];
    const routing = artefacts.find((a) => a.id === 'collector-routing')!.text;
    const sampling = artefacts.find((a) => a.id === 'collector-sampling')!.text;
    expect(routing).toContain('routing_key: traceID');
    expect(sampling).toContain('sampling_percentage: 2');
    expect(sampling).toContain('status_codes: [ERROR]');
    expect(sampling).toContain('threshold_ms: 1000');
  });
});

import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { figureValue, itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('workflow');

/** Situations from the seed's Compute (S3.Q7 Step Functions) and Messaging (S5.Q2 sagas) sections, and the pattern a senior architect picks. */
const short = { flowKind: 'one-job', executionsPerMonth: 1000000, stepsPerExecution: 8, typicalSeconds: 2 };
const scenarios: Scenario[] = [
  { situation: 'a loan approval waiting two days for an underwriter', answers: { flowKind: 'one-job', longestMinutes: 2880, executionsPerMonth: 20000, stepsPerExecution: 12 }, expected: 'sfn-standard' },
  { situation: 'exactly 5 minutes at the longest, repeatable steps', answers: { ...short, longestMinutes: 5, repeatSafe: 'safe' }, expected: 'sfn-express' },
  { situation: '6 minutes at the longest: past the Express limit', answers: { flowKind: 'one-job', longestMinutes: 6, executionsPerMonth: 300000, stepsPerExecution: 5 }, expected: 'sfn-standard' },
  { situation: 'a short checkout that charges a card without an idempotency key', answers: { ...short, longestMinutes: 1, repeatSafe: 'unsafe' }, expected: 'sfn-standard' },
  { situation: 'an order saga the support desk must follow', answers: { flowKind: 'across-services', sagaTrace: 'needs-trace' }, expected: 'saga-orchestration' },
  { situation: 'a saga one team owns end to end', answers: { flowKind: 'across-services', sagaTrace: 'logs-enough', sagaOwners: 'one-team' }, expected: 'saga-orchestration' },
  { situation: 'a marketplace of independent teams sharing events', answers: { flowKind: 'across-services', sagaTrace: 'logs-enough', sagaOwners: 'independent-teams' }, expected: 'saga-choreography' },
];

describe('workflow guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('prices Standard per transition after the free tier, and Express per request and 64 MB-second', () => {
    // 10 M runs × 8 transitions = 80 M; minus 4,000 free; × $0.025 per 1,000
    expect(figureValue(guide, 'sfn-express', /Standard workflows/, { executionsPerMonth: 10000000, stepsPerExecution: 8 })).toBeCloseTo((80000000 - 4000) / 1000 * 0.025, 6);
    // 10 M × $1 per million + 10 M × 1 s × 0.0625 GB × $0.00001667
    expect(figureValue(guide, 'sfn-express', /Express workflows/, { executionsPerMonth: 10000000, typicalSeconds: 1 })).toBeCloseTo(10 + 10000000 * 0.0625 * 0.00001667, 6);
    // duration is rounded up to 100 ms
    expect(figureValue(guide, 'sfn-express', /Express workflows/, { executionsPerMonth: 1000000, typicalSeconds: 0.01 })).toBeCloseTo(1 + 1000000 * 0.1 * 0.0625 * 0.00001667, 6);
    expect(figureValue(guide, 'sfn-standard', /Standard workflows/, { executionsPerMonth: 100, stepsPerExecution: 10 })).toBe(0);
  });

  it('writes the saga with a compensation for every step that can fail after another succeeded', () => {
    const d = decide(guide, { flowKind: 'across-services', sagaTrace: 'needs-trace' });
    if (d.status !== 'outcome') throw new Error('no outcome');
    const rec = buildRecommendation(guide, realLibrary().catalog, d);
    const asl = JSON.parse(rec.artefacts!.find((a) => a.id === 'saga-definition')!.text) as { States: Record<string, { Next?: string; Catch?: { Next: string }[] }> };
    expect(asl.States.TakePayment!.Catch![0]!.Next).toBe('ReleaseStock');
    expect(asl.States.CreateShipment!.Catch![0]!.Next).toBe('RefundPayment');
    expect(asl.States.RefundPayment!.Next).toBe('ReleaseStock');
    expect(rec.artefacts!.map((a) => a.id)).toEqual(expect.arrayContaining(['outbox-write', 'idempotency-record']));
  });
});

import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { figureValue, itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('multi-cloud');

/** Situations from the seed's Well-Architected section (S10.Q4), and the advice a senior architect gives. */
const scenarios: Scenario[] = [
  { situation: 'the board wants two clouds to survive an outage', answers: { driver: 'resilience' }, expected: 'one-cloud-multi-region' },
  { situation: 'procurement wants leverage at renewal', answers: { driver: 'leverage' }, expected: 'one-cloud-multi-region' },
  { situation: 'a regulator requires an exit strategy', answers: { driver: 'regulatory' }, expected: 'exit-plan' },
  { situation: 'analytics on BigQuery, 60 TB a month crossing', answers: { driver: 'best-of-breed', crossCloudGb: 60000 }, expected: 'workload-per-cloud' },
  { situation: 'analytics on BigQuery, exactly 10 TB a month crossing', answers: { driver: 'best-of-breed', crossCloudGb: 10240 }, expected: 'workload-per-cloud' },
  { situation: 'an acquisition whose team stays', answers: { driver: 'acquisition', secondTeam: 'acquired-team', crossCloudGb: 300 }, expected: 'workload-per-cloud' },
  { situation: 'an acquisition whose team leaves', answers: { driver: 'acquisition', secondTeam: 'our-team' }, expected: 'consolidate' },
  { situation: 'banks want the product in their own cloud account', answers: { driver: 'customer-mandate' }, expected: 'portable-product' },
];

const recommend = (answers: Record<string, string | number>) => {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  return buildRecommendation(guide, realLibrary().catalog, d);
};

describe('multi-cloud guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('prices the data crossing the clouds from the egress facts', () => {
    expect(figureValue(guide, 'workload-per-cloud', /leaves AWS/, { crossCloudGb: 1000 })).toBeCloseTo(90);
    expect(figureValue(guide, 'workload-per-cloud', /leaves Google Cloud/, { crossCloudGb: 1000 })).toBeCloseTo(120);
    expect(figureValue(guide, 'workload-per-cloud', /leaves Azure/, { crossCloudGb: 1000 })).toBeCloseTo(87);
  });

  it('warns about a split through a workload only above 10 TB a month', () => {
    const note = /More than 10 TB a month crossing/;
    expect(recommend({ driver: 'best-of-breed', crossCloudGb: 10240 }).notes.join(' ')).not.toMatch(note);
    expect(recommend({ driver: 'best-of-breed', crossCloudGb: 10241 }).notes.join(' ')).toMatch(note);
  });

  it('counts the skills, egress and lowest-common-denominator costs on every outcome', () => {
    for (const answers of scenarios.map((s) => s.answers)) {
      expect(recommend(answers).notes.join(' ')).toMatch(/on-call skill set.*\$0\.08–0\.12 per GB.*lowest common denominator/);
    }
  });
});

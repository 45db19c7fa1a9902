import { describe, expect, it } from 'vitest';
import { mergeRuns } from '../../src/core/architecture/merge';
import { toAdr } from '../../src/core/export/adr';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { guideConflicts } from '../../src/core/recommendation/conflicts';
import { fiveGuideSession, otherFiveGuideSessions, realLibrary, runTo } from './merge-cases';

/**
 * Guides composed into one architecture can disagree: the database guide, told the data lives
 * in one Region, rules out Aurora Global Database, while the disaster-recovery guide's warm
 * standby replicates with it. The record says so, with both answers, instead of drawing both.
 */

const recsOf = (runs: ReturnType<typeof fiveGuideSession>) => runs.map((r) => buildRecommendation(r.guide, realLibrary().catalog, r.decided));

describe('where composed guides disagree', () => {
  it('finds the database guide ruling out Aurora Global Database that the warm standby relies on', () => {
    const conflicts = guideConflicts(recsOf(fiveGuideSession()));
    expect(conflicts.map((c) => [c.ruledBy.id, c.recommendedBy.id, c.service.id])).toEqual([['database', 'disaster-recovery', 'aws.aurora-global']]);
    expect(conflicts[0]!.text).toMatch(/“How many AWS Regions must hold this data\?” \(1 Region\)/);
  });

  it('does not count a service the ruling guide chose a kind of (ECS covers ECS on Fargate)', () => {
    const recs = recsOf(fiveGuideSession());
    expect(recs.find((r) => r.guide.id === 'disaster-recovery')!.services.map((s) => s.service.id)).toContain('aws.ecs');
    expect(guideConflicts(recs).some((c) => c.service.id === 'aws.ecs')).toBe(false);
  });

  it('finds none when the guides agree, nor for one guide alone', () => {
    for (const runs of otherFiveGuideSessions()) expect(guideConflicts(recsOf(runs))).toEqual([]);
    expect(guideConflicts(recsOf([runTo('database', 'aurora')]))).toEqual([]);
  });

  it('puts them in the decision record of the composed architecture', () => {
    const runs = fiveGuideSession();
    const adr = toAdr(recsOf(runs), mergeRuns(runs, realLibrary().catalog), { date: '2026-11-30' });
    expect(adr).toContain('### Where the guides disagree');
    expect(adr).toMatch(/“Disaster recovery strategy” recommends Amazon Aurora Global Database, which “Database[^”]*” ruled out/);
  });
});

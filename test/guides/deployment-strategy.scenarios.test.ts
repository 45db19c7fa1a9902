import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { composeRuns } from '../../src/core/architecture/compose';
import { fiveGuideSession, realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { figureValue, itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('deployment-strategy');

const release = { changeKind: 'new-version', dbChange: 'none', approval: 'automatic' } as const;

/** Situations from the seed's Well-Architected section (S10.Q6) and S4.Q7, and the release a senior architect picks. */
const scenarios: Scenario[] = [
  { situation: 'a busy checkout on ECS, 4,000 requests a minute', answers: { platform: 'ecs', ...release, requestsPerMinute: 4000 }, expected: 'canary' },
  { situation: 'exactly 1,000 requests a minute (the first canary value) on EKS', answers: { platform: 'eks', ...release, requestsPerMinute: 1000 }, expected: 'canary' },
  { situation: '999 requests a minute, rollback in seconds', answers: { platform: 'ecs', ...release, requestsPerMinute: 999, rollbackNeed: 'seconds' }, expected: 'blue-green' },
  { situation: '999 requests a minute, minutes of rollback acceptable', answers: { platform: 'ecs', ...release, requestsPerMinute: 999, rollbackNeed: 'minutes' }, expected: 'rolling' },
  { situation: 'an internal tool on an Auto Scaling group', answers: { platform: 'ec2', ...release, requestsPerMinute: 200, rollbackNeed: 'minutes' }, expected: 'rolling' },
  { situation: 'a quiet Lambda API behind an alias', answers: { platform: 'lambda', ...release, requestsPerMinute: 300 }, expected: 'blue-green' },
  { situation: 'a busy Lambda API behind an alias', answers: { platform: 'lambda', ...release, requestsPerMinute: 20000 }, expected: 'canary' },
  { situation: 'a busy service on instances, canary at the load balancer', answers: { platform: 'ec2', ...release, requestsPerMinute: 8000 }, expected: 'canary' },
  { situation: 'a redesigned checkout for 1 % of customers first', answers: { platform: 'ecs', changeKind: 'user-feature', dbChange: 'additive', approval: 'automatic' }, expected: 'feature-flags' },
  { situation: 'a feature flag on Lambda with a named approver', answers: { platform: 'lambda', changeKind: 'user-feature', dbChange: 'none', approval: 'manual' }, expected: 'feature-flags' },
];

const recommend = (answers: Record<string, string | number>) => {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  return buildRecommendation(guide, realLibrary().catalog, d);
};

describe('deployment-strategy guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('gives each platform its own canary mechanism, all judged by the same two alarms', () => {
    const ids = (platform: string) => recommend({ platform, ...release, requestsPerMinute: 5000 }).artefacts?.map((a) => a.id);
    expect(ids('ecs')).toEqual(['ecs-canary', 'rollback-alarms']);
    expect(ids('eks')).toEqual(['argo-rollout-canary', 'argo-analysis-error-rate', 'rollback-alarms']);
    expect(ids('lambda')).toEqual(['lambda-canary', 'lambda-rollback-alarms']);
    expect(ids('ec2')).toEqual(['alb-weighted-canary', 'rollback-alarms']);
    const ecs = recommend({ platform: 'ecs', ...release, requestsPerMinute: 5000 }).artefacts!;
    const update = JSON.parse(ecs[0]!.text) as { deploymentConfiguration: { strategy: string; canaryConfiguration: { canaryPercent: number; canaryBakeTimeInMinutes: number } } };
    expect(update.deploymentConfiguration.strategy).toBe('CANARY');
    expect(update.deploymentConfiguration.canaryConfiguration).toEqual({ canaryPercent: 10, canaryBakeTimeInMinutes: 30 });
    const alarms = JSON.parse(ecs[1]!.text) as { MetricAlarms: { Threshold: number; EvaluationPeriods: number; DatapointsToAlarm: number; Metrics?: unknown[]; ExtendedStatistic?: string }[] };
    expect(alarms.MetricAlarms.map((a) => [a.Threshold, a.EvaluationPeriods, a.DatapointsToAlarm])).toEqual([[1, 5, 3], [0.5, 5, 3]]);
    expect(alarms.MetricAlarms[1]!.ExtendedStatistic).toBe('p99');
    const lambda = recommend({ platform: 'lambda', ...release, requestsPerMinute: 5000 }).artefacts!;
    expect(lambda[0]!.text).toContain('CodeDeployDefault.LambdaCanary10Percent30Minutes');
    const rollout = recommend({ platform: 'eks', ...release, requestsPerMinute: 5000 }).artefacts![0]!.text;
    expect(rollout).toMatch(/setWeight: 10\n\s+- pause: \{duration: 30m\}\n\s+- setWeight: 50\n\s+- pause: \{duration: 15m\}/);
  });

  it('computes the canary slice from the traffic: 100 requests a minute at the cut point', () => {
    expect(figureValue(guide, 'canary', /Requests a minute on the canary/, { requestsPerMinute: 1000 })).toBe(100);
    expect(figureValue(guide, 'canary', /before the next step/, { requestsPerMinute: 1000 })).toBe(3000);
  });

  it('adds RDS Blue/Green for an engine upgrade and warns about a breaking schema change', () => {
    const upgrade = recommend({ platform: 'eks', ...release, dbChange: 'engine-upgrade', requestsPerMinute: 2000 });
    expect(upgrade.services.map((s) => s.service.id)).toContain('aws.rds-blue-green');
    expect(upgrade.notes.join(' ')).toMatch(/under one minute/);
    const breaking = recommend({ platform: 'ecs', ...release, dbChange: 'breaking', requestsPerMinute: 5000 });
    expect(breaking.services.map((s) => s.service.id)).not.toContain('aws.rds-blue-green');
    expect(breaking.warnings.join(' ')).toMatch(/expand.*migrate.*contract/);
  });

  it('places a manual approval before production, never between the alarm and the rollback', () => {
    const manual = recommend({ platform: 'ecs', ...release, approval: 'manual', requestsPerMinute: 5000 });
    expect(manual.notes.join(' ')).toMatch(/rollback must not wait for a person/);
    const auto = recommend({ platform: 'ecs', ...release, requestsPerMinute: 5000 });
    expect(auto.notes.join(' ')).not.toMatch(/rollback must not wait/);
  });

  it('joins the composed architecture: the weighted listener routes to the compute guide\'s tasks, whose errors feed the rollback alarms', () => {
    const d = decide(guide, { platform: 'ecs', ...release, requestsPerMinute: 5000 });
    if (d.status !== 'outcome') throw new Error('no outcome');
    const m = composeRuns([...fiveGuideSession(), { guide, decided: { outcome: d.outcome, answers: d.answers, path: d.path } }], realLibrary().catalog);
    expect(m.nodes.filter((n) => n.id.startsWith('deployment-strategy/')).map((n) => n.id).sort()).toEqual(['deployment-strategy/alarms', 'deployment-strategy/alb']);
    expect(m.edges.some((e) => e.from === 'deployment-strategy/alb' && e.to.startsWith('compute/'))).toBe(true);
    expect(m.edges.some((e) => e.from.startsWith('compute/') && e.to === 'deployment-strategy/alarms')).toBe(true);
  });
});

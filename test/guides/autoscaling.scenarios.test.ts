import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { figureValue, itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('autoscaling');

/** Situations from the seed's Compute section (S3.Q4), and the scaling a senior architect picks. */
const web = { workload: 'web', platform: 'ec2', targetCpu: 60, warmupSeconds: 60 };
const scenarios: Scenario[] = [
  { situation: 'load with no pattern, CPU tracks it', answers: { ...web, trafficShape: 'unpredictable', metricFit: 'proportional' }, expected: 'target-tracking' },
  { situation: 'latency-bound service whose CPU stays flat', answers: { ...web, trafficShape: 'unpredictable', metricFit: 'threshold' }, expected: 'step-scaling' },
  { situation: 'a sale at a known time', answers: { ...web, trafficShape: 'known-events' }, expected: 'scheduled' },
  { situation: 'exactly 14 days of a weekday pattern: enough to forecast', answers: { ...web, trafficShape: 'daily-cycle', historyDays: 14 }, expected: 'predictive' },
  { situation: '13 days of history: schedule it by hand for now', answers: { ...web, trafficShape: 'daily-cycle', historyDays: 13 }, expected: 'scheduled' },
  { situation: 'workers behind a queue that is never empty', answers: { workload: 'queue', idle: 'steady', platform: 'ecs', jobSeconds: 2, maxWaitSeconds: 120 }, expected: 'queue-backlog' },
  { situation: 'bursty jobs of exactly 15 minutes fit Lambda', answers: { workload: 'queue', idle: 'idle-periods', jobMinutes: 15 }, expected: 'scale-to-zero-lambda' },
  { situation: 'bursty jobs of 16 minutes do not', answers: { workload: 'queue', idle: 'idle-periods', jobMinutes: 16 }, expected: 'scale-to-zero-keda' },
];

const artefacts = (answers: Record<string, string | number>, values: Record<string, string> = {}) => {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  return buildRecommendation(guide, realLibrary().catalog, d, values).artefacts ?? [];
};
/** The JSON inside the single-quoted argument of a CLI option. */
const quotedJson = (text: string, option: string) => JSON.parse(new RegExp(`${option} '([^']+)'`).exec(text)![1]!) as Record<string, unknown>;

describe('autoscaling guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('fills target tracking from the answers: EC2 gets the warm-up on the group, ECS the seed\'s cooldowns', () => {
    const [ec2, ...more] = artefacts({ ...web, targetCpu: 55, warmupSeconds: 240, trafficShape: 'unpredictable', metricFit: 'proportional' }, { asgName: 'shop-web' });
    expect(more).toEqual([]);
    expect(ec2!.text).toContain('--default-instance-warmup 240');
    expect(quotedJson(ec2!.text, '--target-tracking-configuration')).toEqual({ PredefinedMetricSpecification: { PredefinedMetricType: 'ASGAverageCPUUtilization' }, TargetValue: 55 });
    const [ecs] = artefacts({ ...web, platform: 'ecs', targetCpu: 60, warmupSeconds: 60, trafficShape: 'unpredictable', metricFit: 'proportional' });
    expect(quotedJson(ecs!.text, '--target-tracking-scaling-policy-configuration')).toEqual({
      TargetValue: 60, PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' }, ScaleOutCooldown: 60, ScaleInCooldown: 300,
    });
  });

  it('starts predictive scaling in forecast-only mode with the warm-up as buffer, beside target tracking', () => {
    const [ecs] = artefacts({ ...web, platform: 'ecs', warmupSeconds: 120, trafficShape: 'daily-cycle', historyDays: 30 });
    const config = quotedJson(ecs!.text, '--predictive-scaling-policy-configuration');
    expect(config).toMatchObject({ Mode: 'ForecastOnly', SchedulingBufferTime: 120, MetricSpecifications: [{ TargetValue: 60, PredefinedMetricPairSpecification: { PredefinedMetricType: 'ECSServiceCPUUtilization' } }] });
    expect(ecs!.text).toContain('--policy-type TargetTrackingScaling');
  });

  it('scales queue workers on backlog per worker against the acceptable wait: 120 s at 2 s a job is 60 messages', () => {
    expect(figureValue(guide, 'queue-backlog', /Acceptable backlog/, { jobSeconds: 2, maxWaitSeconds: 120 })).toBe(60);
    const [doc] = artefacts({ workload: 'queue', idle: 'steady', platform: 'ec2', jobSeconds: 2, maxWaitSeconds: 120 }, { queueName: 'thumbs' });
    const config = JSON.parse(doc!.text) as { TargetValue: number; CustomizedMetricSpecification: { Metrics: { Id: string; Expression?: string; ReturnData: boolean; MetricStat?: { Metric: { MetricName: string; Dimensions: { Value: string }[] } } }[] } };
    expect(config.TargetValue).toBe(1);
    const metrics = config.CustomizedMetricSpecification.Metrics;
    expect(metrics.filter((m) => m.ReturnData).map((m) => m.Expression)).toEqual(['m1 / m2 * 2 / 120']);
    expect(metrics.find((m) => m.Id === 'm1')!.MetricStat!.Metric).toMatchObject({ MetricName: 'ApproximateNumberOfMessagesVisible', Dimensions: [{ Value: 'thumbs' }] });
  });

  it('gives a KEDA ScaledJob that rests at zero and starts a Job per message', () => {
    const [keda] = artefacts({ workload: 'queue', idle: 'idle-periods', jobMinutes: 50 });
    expect(keda!.kind).toBe('kubernetes');
    const doc = parseYaml(keda!.text) as { kind: string; spec: { minReplicaCount: number; triggers: { type: string; metadata: { queueLength: string } }[] } };
    expect(doc.kind).toBe('ScaledJob');
    expect(doc.spec.minReplicaCount).toBe(0);
    expect(doc.spec.triggers[0]).toMatchObject({ type: 'aws-sqs-queue', metadata: { queueLength: '1' } });
    const [lambda] = artefacts({ workload: 'queue', idle: 'idle-periods', jobMinutes: 5 });
    expect(lambda!.text).toMatch(/--scaling-config MaximumConcurrency=50/);
  });
});

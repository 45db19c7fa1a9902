import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { loadGuide } from '../helpers/guides';
import { recommend } from './recommend';
import { itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('compute');


/** Situations from the seed's Compute & Serverless section, and what a senior architect picks. */
const lambdaBase = { workloadShape: 'event-driven', memoryMb: 1024, utilisation: 10, peakConcurrency: 200, callerWaits: 'background', privateAccess: 'none' };
const containerTail = { nodeFeatures: 'containers-only', nodeManagement: 'no-nodes', monthlySpend: 1500 };

const scenarios: Scenario[] = [
  {
    situation: 'image uploads to S3 trigger a 2-minute thumbnail job; traffic comes in bursts and is idle at night',
    answers: { ...lambdaBase, taskMinutes: 2 },
    expected: 'lambda',
  },
  {
    situation: 'a nightly export takes exactly 15 minutes at worst: still inside the Lambda limit',
    answers: { ...lambdaBase, taskMinutes: 15 },
    expected: 'lambda',
  },
  {
    situation: 'the same export grows to 16 minutes: Lambda would kill it, so it runs as a queue-fed Fargate task',
    answers: { workloadShape: 'event-driven', taskMinutes: 16, utilisation: 10, platform: 'aws-native', ...containerTail },
    expected: 'ecs-fargate',
  },
  {
    situation: 'a PDF renderer needs exactly 10,240 MB per run, the Lambda maximum',
    answers: { ...lambdaBase, taskMinutes: 3, memoryMb: 10240 },
    expected: 'lambda',
  },
  {
    situation: 'a video transcoder needs 10,241 MB, one MB over the Lambda ceiling',
    answers: { workloadShape: 'event-driven', taskMinutes: 3, memoryMb: 10241, utilisation: 10, platform: 'aws-native', ...containerTail },
    expected: 'ecs-fargate',
  },
  {
    situation: 'a Java checkout API behind API Gateway with spiky traffic that writes to Aurora through RDS Proxy',
    answers: { ...lambdaBase, taskMinutes: 1, memoryMb: 2048, utilisation: 20, peakConcurrency: 400, callerWaits: 'waits', runtime: 'java', privateAccess: 'relational-db' },
    expected: 'lambda',
  },
  {
    situation: 'a flash sale spikes to 10,000 concurrent handlers, beyond the 3,000 burst: still Lambda, with provisioned concurrency',
    answers: { ...lambdaBase, taskMinutes: 1, utilisation: 5, peakConcurrency: 10000, callerWaits: 'waits', runtime: 'node-python' },
    expected: 'lambda',
  },
  {
    situation: 'queue consumers average exactly 50 % of peak: still spiky enough for Lambda',
    answers: { ...lambdaBase, taskMinutes: 1, utilisation: 50 },
    expected: 'lambda',
  },
  {
    situation: 'the same consumers at 51 % of peak, and the team runs instances: steady load favours EC2',
    answers: { workloadShape: 'event-driven', taskMinutes: 1, memoryMb: 1024, utilisation: 51, platform: 'aws-native', nodeFeatures: 'containers-only', nodeManagement: 'manage-nodes', monthlySpend: 8000 },
    expected: 'ecs-ec2',
  },
  {
    situation: 'a small team ships one Rails app from its repo and already runs App Runner services',
    answers: { workloadShape: 'web-service', utilisation: 30, platform: 'aws-native', simpleService: 'single-service', appRunnerAccount: 'existing' },
    expected: 'app-runner',
  },
  {
    situation: 'the same single web app in a brand-new account, where App Runner is closed: ECS (Express Mode) on Fargate',
    answers: { workloadShape: 'web-service', utilisation: 30, platform: 'aws-native', simpleService: 'single-service', appRunnerAccount: 'new', monthlySpend: 300 },
    expected: 'ecs-fargate',
  },
  {
    situation: 'AWS-native team, several microservices behind an ALB, traffic varies through the day',
    answers: { workloadShape: 'web-service', utilisation: 35, platform: 'aws-native', simpleService: 'needs-control', nodeFeatures: 'containers-only', nodeManagement: 'manage-nodes', monthlySpend: 5000 },
    expected: 'ecs-fargate',
  },
  {
    situation: 'a busy internal API runs flat at 75 % of peak all day and the platform team patches instances',
    answers: { workloadShape: 'web-service', utilisation: 75, platform: 'aws-native', simpleService: 'needs-control', nodeFeatures: 'containers-only', nodeManagement: 'manage-nodes', monthlySpend: 20000 },
    expected: 'ecs-ec2',
  },
  {
    situation: 'websocket servers need a privileged security agent on every host',
    answers: { workloadShape: 'long-running', utilisation: 40, platform: 'aws-native', nodeFeatures: 'host-access', monthlySpend: 6000 },
    expected: 'ecs-ec2',
  },
  {
    situation: 'a Kubernetes shop runs 2,000 pods at a steady 65 % and wants Spot and bin-packing',
    answers: { workloadShape: 'long-running', utilisation: 65, platform: 'kubernetes', nodeFeatures: 'containers-only', nodeManagement: 'manage-nodes', monthlySpend: 40000, peakPods: 2000 },
    expected: 'eks-karpenter',
  },
  {
    situation: 'a small team wants the Kubernetes API for 80 pods but refuses to patch nodes',
    answers: { workloadShape: 'web-service', utilisation: 30, platform: 'kubernetes', nodeFeatures: 'containers-only', nodeManagement: 'no-nodes', monthlySpend: 900, peakPods: 80 },
    expected: 'eks-fargate',
  },
  {
    situation: 'a Kubernetes platform needs a logging DaemonSet and a privileged CNI plugin, so Fargate is out',
    answers: { workloadShape: 'long-running', utilisation: 30, platform: 'kubernetes', nodeFeatures: 'host-access', monthlySpend: 12000, peakPods: 30000 },
    expected: 'eks-karpenter',
  },
  {
    situation: 'steady Kubernetes batch workers longer than 15 minutes; the team will not run nodes and accepts the Fargate premium',
    answers: { workloadShape: 'event-driven', taskMinutes: 45, utilisation: 80, platform: 'kubernetes', nodeFeatures: 'containers-only', nodeManagement: 'no-nodes', monthlySpend: 3000, peakPods: 200 },
    expected: 'eks-fargate',
  },
];

describe('compute guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('rejects a run length outside the range and names the range', () => {
    const result = decide(guide, { workloadShape: 'event-driven', taskMinutes: 2000 });
    expect(result.status).toBe('error');
    expect(result.status === 'error' && result.message).toMatch(/0 to 1,440 minutes/);
  });
});

describe('texts match what is drawn, and limits warn before they bite (issue 16)', () => {
  it('an ECS on Fargate background queue worker has no ALB in its reasoning or its diagram', () => {
    const { rec, arch, reasoning } = recommend('compute', {
      workloadShape: 'event-driven', taskMinutes: 30, utilisation: 30, platform: 'aws-native',
      nodeFeatures: 'containers-only', nodeManagement: 'no-nodes', monthlySpend: 2000,
    });
    expect(rec.outcome.id).toBe('ecs-fargate');
    expect(reasoning).not.toMatch(/\bALB\b|Application Load Balancer/);
    expect(arch.nodes.map((n) => n.service)).not.toContain('aws.alb');
    expect(reasoning).toMatch(/no load balancer/);
  });

  it('warns at 90 % or more of Lambda’s 15-minute limit, and not below it', () => {
    const base = { workloadShape: 'event-driven', memoryMb: 512, utilisation: 10, peakConcurrency: 20, callerWaits: 'background', privateAccess: 'none' } as const;
    const near = recommend('compute', { ...base, taskMinutes: 14 });
    expect(near.rec.outcome.id).toBe('lambda');
    expect(near.rec.warnings.join(' ')).toMatch(/90 % or more of Lambda's hard limit of 15 minutes/);
    expect(recommend('compute', { ...base, taskMinutes: 13 }).rec.warnings.join(' ')).not.toMatch(/Lambda's hard limit/);
  });
});

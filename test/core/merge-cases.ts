import { decide } from '../../src/core/guide/decide';
import { enumeratePaths } from '../../src/core/guide/enumerate';
import type { AnswerValue } from '../../src/core/guide/schema';
import type { ArchitectureRun } from '../../src/core/architecture/merge';
import { loadLibrary, type Library } from '../../src/core/library';
import { readTrees } from '../../src/node/read-trees';

/** Multi-guide sessions over the committed guides, for the merge, provider and layout tests. */

let library: Library | undefined;
export function realLibrary(): Library {
  library ??= loadLibrary(readTrees());
  return library;
}

const pathCache = new Map<string, ReturnType<typeof enumeratePaths>['paths']>();

/** A run of `guide` reaching `outcome`: the first enumerated path whose answers include `given`. */
export function runTo(guideId: string, outcome: string, given: Record<string, AnswerValue> = {}): ArchitectureRun {
  const guide = realLibrary().guides.find((g) => g.id === guideId);
  if (!guide) throw new Error(`no guide ${guideId}`);
  if (!pathCache.has(guideId)) pathCache.set(guideId, enumeratePaths(guide).paths);
  // Paths vary only the questions that steer; the others in `given` are laid over them.
  for (const candidate of pathCache.get(guideId)!.filter((p) => p.outcome === outcome)) {
    const decision = decide(guide, { ...candidate.answers, ...given });
    if (decision.status === 'outcome' && decision.outcome === outcome && Object.entries(given).every(([q, v]) => decision.answers[q] === v)) {
      return { guide, decided: { outcome, answers: decision.answers, path: decision.path } };
    }
  }
  throw new Error(`${guideId}: no path to ${outcome} with ${JSON.stringify(given)}`);
}

/** The example: compute → database → messaging → disaster recovery → VPC connectivity. */
export function fiveGuideSession(): ArchitectureRun[] {
  return [
    runTo('compute', 'ecs-fargate', { workloadShape: 'web-service' }),
    runTo('database', 'aurora', { lambdaClients: 'no' }),
    runTo('messaging', 'sqs-standard', { consumerCompute: 'containers' }),
    runTo('disaster-recovery', 'warm-standby', { dataStore: 'aurora', compute: 'ecs' }),
    runTo('vpc-connectivity', 'transit-gateway-vpn'),
  ];
}

/** Other five-guide mixes: serverless with DynamoDB global tables and EventBridge; EKS with RDS, Kinesis and peering. */
export function otherFiveGuideSessions(): ArchitectureRun[][] {
  return [
    [
      runTo('compute', 'lambda', { callerWaits: 'waits' }),
      runTo('database', 'dynamodb-global-tables'),
      runTo('messaging', 'eventbridge'),
      runTo('disaster-recovery', 'multi-site-active-active', { dataStore: 'dynamodb', compute: 'lambda' }),
      runTo('vpc-connectivity', 'vpc-peering'),
    ],
    [
      runTo('compute', 'eks-karpenter'),
      runTo('database', 'rds'),
      runTo('messaging', 'kinesis-data-streams'),
      runTo('disaster-recovery', 'pilot-light', { dataStore: 'rds', compute: 'eks' }),
      runTo('vpc-connectivity', 'transit-gateway-dx-vpn-backup'),
    ],
  ];
}

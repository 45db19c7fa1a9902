import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { loadGuide } from '../helpers/guides';
import { recommend } from './recommend';
import { itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('messaging');


/** Situations from the seed's Messaging & Events section, and what a senior architect picks. */
const scenarios: Scenario[] = [
  {
    situation: 'a Java order system on JMS and ActiveMQ moves to AWS without touching its messaging code',
    answers: { pattern: 'existing-broker', brokerEngine: 'activemq' },
    expected: 'amazon-mq-activemq',
  },
  {
    situation: 'twenty services declare their own RabbitMQ exchanges and bindings and move as they are',
    answers: { pattern: 'existing-broker', brokerEngine: 'rabbitmq' },
    expected: 'amazon-mq-rabbitmq',
  },
  {
    situation: 'an application on IBM MQ through the JMS API swaps its connection factory for ActiveMQ\'s',
    answers: { pattern: 'existing-broker', brokerEngine: 'other-jms' },
    expected: 'amazon-mq-activemq',
  },
  {
    situation: 'uploads trigger thumbnail jobs handled by Lambda; order does not matter and a repeat just redraws the image',
    answers: { pattern: 'work-queue', consumerCompute: 'lambda', ordering: 'any-order' },
    expected: 'sqs-standard',
  },
  {
    situation: 'an API hands slow report generation to ECS workers so a burst cannot overload the reporting database',
    answers: { pattern: 'work-queue', consumerCompute: 'containers', ordering: 'any-order' },
    expected: 'sqs-standard',
  },
  {
    situation: 'ledger postings must apply per account in order and exactly once, peaking at 200 msg/s',
    answers: { pattern: 'work-queue', consumerCompute: 'containers', ordering: 'strict', peakMps: 200 },
    expected: 'sqs-fifo',
  },
  {
    situation: 'ordered per-account updates at exactly 3,000 msg/s still fit in one FIFO queue',
    answers: { pattern: 'work-queue', consumerCompute: 'lambda', ordering: 'strict', peakMps: 3000 },
    expected: 'sqs-fifo',
  },
  {
    // Was Kinesis: the 3,000 msg/s cut-off ignored FIFO high-throughput mode (FACT-REVIEW row 1).
    situation: 'ordered per-account updates at 3,001 msg/s fit one FIFO queue in high-throughput mode',
    answers: { pattern: 'work-queue', consumerCompute: 'lambda', ordering: 'strict', peakMps: 3001 },
    expected: 'sqs-fifo',
  },
  {
    situation: 'a strict-order workload of 12,000 msg/s stays on one high-throughput FIFO queue',
    answers: { pattern: 'work-queue', consumerCompute: 'containers', ordering: 'strict', peakMps: 12000 },
    expected: 'sqs-fifo',
  },
  {
    situation: 'exactly 20,000 msg/s is the most this guide plans for one high-throughput FIFO queue',
    answers: { pattern: 'work-queue', consumerCompute: 'containers', ordering: 'strict', peakMps: 20000 },
    expected: 'sqs-fifo',
  },
  {
    situation: 'ordered updates at 20,001 msg/s go past high-throughput FIFO, so order moves to a stream keyed by account',
    answers: {
      pattern: 'work-queue', consumerCompute: 'lambda', ordering: 'strict', peakMps: 20001,
      writeMbPerSecond: 10, streamConsumers: 1, landInS3: 'no',
    },
    expected: 'kinesis-data-streams',
  },
  {
    situation: 'OrderPlaced must independently reach payment, stock and analytics, each retrying on its own',
    answers: { pattern: 'fan-out', fanoutNeeds: 'plain', consumerCompute: 'lambda' },
    expected: 'sns-sqs-fanout',
  },
  {
    situation: 'one event feeds several containerised consumers; the analytics one only wants EU orders',
    answers: { pattern: 'fan-out', fanoutNeeds: 'plain', consumerCompute: 'containers' },
    expected: 'sns-sqs-fanout',
  },
  {
    situation: 'a saga publishes domain events to many services and must replay a day of events after a bug fix',
    answers: { pattern: 'fan-out', fanoutNeeds: 'more', eventSource: 'own-apps', replay: 'yes' },
    expected: 'eventbridge',
  },
  {
    situation: 'operations wants to react to EC2 state changes and CodePipeline failures without polling',
    answers: { pattern: 'event-routing', eventSource: 'aws-services', replay: 'no' },
    expected: 'eventbridge',
  },
  {
    situation: 'security events from every account of the organisation must reach one central account',
    answers: { pattern: 'event-routing', eventSource: 'other-accounts', replay: 'yes' },
    expected: 'eventbridge',
  },
  {
    situation: 'a SaaS help-desk tool sends ticket events that should start internal workflows',
    answers: { pattern: 'event-routing', eventSource: 'saas', replay: 'no' },
    expected: 'eventbridge',
  },
  {
    situation: 'DynamoDB changes where an order became SHIPPED are enriched by a function and put on an event bus',
    answers: { pattern: 'pipe', pipeSource: 'dynamodb', pipeEnrich: 'function', pipeTarget: 'event-bus' },
    expected: 'eventbridge-pipes',
  },
  {
    situation: 'messages in an SQS queue should each start a Step Functions workflow, replacing hand-written glue',
    answers: { pattern: 'pipe', pipeSource: 'sqs', pipeEnrich: 'none', pipeTarget: 'workflow' },
    expected: 'eventbridge-pipes',
  },
  {
    situation: 'clickstream at 5 MB/s read by three applications and landed in S3 for Athena, kept 7 days',
    answers: {
      pattern: 'stream', kafkaNeeds: 'no-kafka', retentionDays: 7, peakMps: 5000,
      writeMbPerSecond: 5, streamConsumers: 3, landInS3: 'yes',
    },
    expected: 'kinesis-data-streams',
  },
  {
    situation: 'IoT telemetry that must be replayable for exactly 365 days, the most Kinesis keeps',
    answers: {
      pattern: 'stream', kafkaNeeds: 'no-kafka', retentionDays: 365, peakMps: 500,
      writeMbPerSecond: 0.5, streamConsumers: 2, landInS3: 'no',
    },
    expected: 'kinesis-data-streams',
  },
  {
    situation: 'the same telemetry kept 366 days is past Kinesis retention; traffic is spiky',
    answers: { pattern: 'stream', kafkaNeeds: 'no-kafka', retentionDays: 366, kafkaLoad: 'variable' },
    expected: 'msk-serverless',
  },
  {
    situation: 'an event history kept for ten years under steady heavy load',
    answers: { pattern: 'stream', kafkaNeeds: 'no-kafka', retentionDays: 3650, kafkaLoad: 'sustained' },
    expected: 'msk-provisioned',
  },
  {
    situation: 'an on-premises Kafka estate moves to AWS as is, with steady heavy traffic all day',
    answers: { pattern: 'stream', kafkaNeeds: 'existing-kafka', kafkaLoad: 'sustained' },
    expected: 'msk-provisioned',
  },
  {
    situation: 'Debezium change capture from PostgreSQL into topics for a new product with unknown traffic',
    answers: { pattern: 'stream', kafkaNeeds: 'kafka-ecosystem', kafkaLoad: 'variable' },
    expected: 'msk-serverless',
  },
  {
    situation: 'payments consume, transform and produce atomically with Kafka transactions at sustained volume',
    answers: { pattern: 'stream', kafkaNeeds: 'kafka-transactions', kafkaLoad: 'sustained' },
    expected: 'msk-provisioned',
  },
];

describe('messaging guide scenarios', () => {
  it('has at least 12 scenarios and reaches every outcome', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(12);
    expect(new Set(scenarios.map((s) => s.expected))).toEqual(new Set(guide.outcomes.map((o) => o.id)));
  });

  itDecidesScenarios(guide, scenarios);
});

describe('numbers an expert checks (issue 16)', () => {
  const stream = { pattern: 'stream', kafkaNeeds: 'no-kafka', retentionDays: 7, streamConsumers: 1, landInS3: 'no' } as const;
  const shards = (rec: { figures: { label: string; text: string }[] }) => rec.figures.find((f) => /^Shards needed/.test(f.label))?.text;

  it('sizes Kinesis on records/s as well as MB/s: 5,000 records/s at 0.5 MB/s needs 5 shards', () => {
    expect(shards(recommend('messaging', { ...stream, peakMps: 5000, writeMbPerSecond: 0.5 }).rec)).toBe('5 shards');
    expect(shards(recommend('messaging', { ...stream, peakMps: 500, writeMbPerSecond: 0.5 }).rec)).toBe('1 shard');
    expect(shards(recommend('messaging', { ...stream, peakMps: 500, writeMbPerSecond: 6 }).rec)).toBe('6 shards');
    // two readers share 2 MB/s per shard: 1.5 MB/s written and read twice needs 2 shards
    expect(shards(recommend('messaging', { ...stream, streamConsumers: 2, peakMps: 100, writeMbPerSecond: 1.5 }).rec)).toBe('2 shards');
  });

  it('keeps strict order at 5,000 msg/s on one FIFO queue in high-throughput mode', () => {
    const { rec } = recommend('messaging', { pattern: 'work-queue', consumerCompute: 'containers', ordering: 'strict', peakMps: 5000 });
    expect(rec.outcome.id).toBe('sqs-fifo');
    expect(rec.warnings.join(' ')).toMatch(/high-throughput mode/);
  });

  it('says that FIFO’s 3,000 msg/s needs batches of 10 (300 API calls per second unbatched)', () => {
    const { rec } = recommend('messaging', { pattern: 'work-queue', consumerCompute: 'lambda', ordering: 'strict', peakMps: 2500 });
    expect(rec.warnings.join(' ')).toMatch(/batch of 10.*300 API calls per second/);
    expect(rec.figures.find((f) => /^Share of one FIFO queue/.test(f.label))?.value).toBe(83);
    expect(rec.figures.find((f) => /batch of 10$/.test(f.label))?.value).toBe(250);
    expect(rec.warnings.join(' ')).not.toMatch(/90 % or more/);
  });

  it('warns at 90 % of the batched FIFO limit', () => {
    const { rec } = recommend('messaging', { pattern: 'work-queue', consumerCompute: 'lambda', ordering: 'strict', peakMps: 2700 });
    expect(rec.warnings.join(' ')).toMatch(/90 % or more of the 3,000 msg\/s/);
  });
});

describe('Amazon MQ for a broker lift-and-shift', () => {
  it('draws and configures the engine the application speaks: an active/standby ActiveMQ pair or a three-node RabbitMQ cluster', () => {
    const active = recommend('messaging', { pattern: 'existing-broker', brokerEngine: 'activemq' });
    expect(active.arch.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['broker-a', 'broker-b']));
    const broker = JSON.parse(active.rec.artefacts!.find((a) => a.id === 'create-broker')!.text) as { DeploymentMode: string; SubnetIds: string[] };
    expect(broker.DeploymentMode).toBe('ACTIVE_STANDBY_MULTI_AZ');
    expect(broker.SubnetIds).toHaveLength(2);

    const rabbit = recommend('messaging', { pattern: 'existing-broker', brokerEngine: 'rabbitmq' });
    expect(rabbit.arch.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['rabbit-a', 'rabbit-b', 'rabbit-c']));
    const cluster = JSON.parse(rabbit.rec.artefacts!.find((a) => a.id === 'create-broker')!.text) as { DeploymentMode: string; EngineType: string; SubnetIds: string[] };
    expect(cluster).toMatchObject({ DeploymentMode: 'CLUSTER_MULTI_AZ', EngineType: 'RABBITMQ' });
    expect(cluster.SubnetIds).toHaveLength(3);
  });

  it('explains both ways why a broker move and a rewrite differ', () => {
    for (const id of ['amazon-mq-activemq', 'amazon-mq-rabbitmq']) {
      const mq = guide.outcomes.find((o) => o.id === id)!;
      for (const other of guide.outcomes.filter((o) => o.id !== id)) {
        expect(mq.whyNot[other.id], `${id} → ${other.id}`).toBeDefined();
        expect(other.whyNot[id], `${other.id} → ${id}`).toBeDefined();
      }
    }
    expect(recommend('messaging', { pattern: 'existing-broker', brokerEngine: 'other-jms' }).reasoning).toMatch(/connection factory/);
  });
});

import { describe, expect, it } from 'vitest';
import { CATEGORY_ICONS, PROVIDER_STYLES, categoryIcon, containerKindLabel, providerColour } from '../../src/core/architecture/icons';
import type { ArchEdge, ArchNode } from '../../src/core/architecture/model';
import { CATEGORIES, PROVIDERS } from '../../src/core/catalog/schema';
import { answerLine, edgeTitle, provenanceDescription, serviceAriaLabel, serviceTitle } from '../../src/renderer/src/diagram/describe';

const provenance = {
  guide: 'tiny', outcome: 'fifo', reason: 'Holds work in order.',
  answers: [
    { question: 'pattern', prompt: 'What should one message do?', answer: 'Be processed by one worker' },
    { question: 'rate', prompt: 'Peak messages per second?', answer: '2,000 msg/s' },
  ],
};
const queue: ArchNode = {
  id: 'queue', service: 'aws.sqs-fifo', label: 'SQS FIFO', serviceName: 'Amazon SQS FIFO queue',
  provider: 'aws', category: 'messaging', provenance,
};

describe('provenance wording', () => {
  it('labels a service node with its name and why it is there', () => {
    expect(serviceAriaLabel(queue)).toBe('SQS FIFO — why: Holds work in order.');
  });

  it('writes an answer as prompt → answer', () => {
    expect(answerLine(provenance.answers[1]!)).toBe('Peak messages per second? → 2,000 msg/s');
  });

  it('describes the service, the reason and every answer for aria-describedby', () => {
    expect(provenanceDescription(serviceTitle(queue), provenance)).toBe(
      'Amazon SQS FIFO queue (Messaging). Why: Holds work in order. Because you answered: ' +
      'What should one message do? → Be processed by one worker; Peak messages per second? → 2,000 msg/s.',
    );
  });

  it('leaves out the answers sentence when there are none', () => {
    expect(provenanceDescription('Queue', { ...provenance, answers: [] })).toBe('Queue. Why: Holds work in order.');
  });

  it('names an edge by label, style and ends', () => {
    const edge: ArchEdge = { id: 'e0', from: 'producer', to: 'queue', label: 'SendMessage', style: 'async', provenance };
    const names = new Map([['producer', 'Producer'], ['queue', 'SQS FIFO']]);
    expect(edgeTitle(edge, names)).toBe('SendMessage — asynchronous message from Producer to SQS FIFO');
    expect(edgeTitle({ ...edge, label: undefined, style: 'replication' }, names)).toBe('Replication from Producer to SQS FIFO');
    // The thick style also draws control planes acting on a service (ECS placing tasks): not only network paths.
    const control = { ...edge, from: 'ecs', to: 'tasks', label: undefined, style: 'network' as const };
    expect(edgeTitle(control, new Map([['ecs', 'ECS cluster'], ['tasks', 'Fargate tasks']]))).toBe('Network path or control link from ECS cluster to Fargate tasks');
  });
});

describe('icons and colours', () => {
  it('has an icon for every catalogue category and a colour for every provider', () => {
    for (const c of CATEGORIES) {
      expect(CATEGORY_ICONS[c].path, c).toMatch(/^M/);
      expect(categoryIcon(c).label.length, c).toBeGreaterThan(0);
    }
    for (const p of PROVIDERS) expect(providerColour(p), p).toMatch(/^#[0-9A-F]{6}$/i);
    expect(PROVIDER_STYLES.aws.colour).toBe('#FF9900');
  });

  it('draws icons only with path commands and numbers on the 24×24 grid', () => {
    for (const { path } of Object.values(CATEGORY_ICONS)) {
      expect(path).toMatch(/^[MmLlHhVvCcSsQqTtAaZz0-9.,\s-]+$/);
      for (const n of path.match(/-?\d*\.?\d+/g) ?? []) expect(Math.abs(Number(n))).toBeLessThanOrEqual(24);
    }
  });

  it('names container kinds, with the tier for subnets', () => {
    expect(containerKindLabel('vpc')).toBe('VPC');
    expect(containerKindLabel('subnet', 'public')).toBe('Public subnet');
    expect(containerKindLabel('subnet')).toBe('Subnet');
  });
});

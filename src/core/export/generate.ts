import type { ArchContainer, ArchEdge, ArchNode, Architecture, Provenance } from '../architecture/model';
import type { Category } from '../catalog/schema';

/**
 * Synthetic architectures of any size, for benchmarks and geometric tests: regions, each a
 * VPC over two AZs with public, private and data subnets, services spread over them, plus a
 * queue tier per region, users outside, and replication between regions. Deterministic.
 */

const PER_REGION = 40;
const provenance: Provenance = { guide: 'generated', outcome: 'generated', reason: 'Generated for a benchmark.', answers: [] };

type Slot = { container: (r: number) => string; service: string; serviceName: string; category: Category; label: string };
const SLOTS: Slot[] = [
  { container: (r) => `r${r}-a-public`, service: 'aws.alb', serviceName: 'Application Load Balancer', category: 'networking', label: 'Load balancer' },
  { container: (r) => `r${r}-a-private`, service: 'aws.ecs-fargate', serviceName: 'Amazon ECS on AWS Fargate', category: 'containers', label: 'Service' },
  { container: (r) => `r${r}-a-data`, service: 'aws.aurora', serviceName: 'Amazon Aurora', category: 'database', label: 'Database' },
  { container: (r) => `r${r}-b-public`, service: 'aws.alb', serviceName: 'Application Load Balancer', category: 'networking', label: 'Load balancer' },
  { container: (r) => `r${r}-b-private`, service: 'aws.ecs-fargate', serviceName: 'Amazon ECS on AWS Fargate', category: 'containers', label: 'Service' },
  { container: (r) => `r${r}-b-data`, service: 'aws.aurora', serviceName: 'Amazon Aurora', category: 'database', label: 'Database' },
  { container: (r) => `r${r}`, service: 'aws.sqs', serviceName: 'Amazon SQS', category: 'messaging', label: 'Queue' },
];

/** An architecture with exactly `nodeCount` services (0 gives an empty one). */
export function generateArchitecture(nodeCount: number): Architecture {
  const containers: ArchContainer[] = [];
  const nodes: ArchNode[] = [];
  const edges: ArchEdge[] = [];
  if (nodeCount <= 0) return { version: 1, title: 'Generated: empty', containers, nodes, edges };

  nodes.push({ id: 'users', service: 'generic.users', label: 'Users', serviceName: 'Users / clients', provider: 'generic', category: 'client', provenance });
  const regions = Math.max(1, Math.ceil((nodeCount - 1) / PER_REGION));
  for (let r = 0; r < regions; r++) {
    containers.push({ id: `r${r}`, kind: 'region', label: `Region ${r + 1}`, provenance });
    containers.push({ id: `r${r}-vpc`, kind: 'vpc', label: `VPC 10.${r}.0.0/16`, parent: `r${r}`, provenance });
    for (const az of ['a', 'b']) {
      containers.push({ id: `r${r}-${az}`, kind: 'az', label: `AZ ${r + 1}${az}`, parent: `r${r}-vpc`, provenance });
      for (const tier of ['public', 'private', 'data'] as const) {
        containers.push({ id: `r${r}-${az}-${tier}`, kind: 'subnet', tier, label: `${tier} ${az}`, parent: `r${r}-${az}`, provenance });
      }
    }
  }

  const bySlot = new Map<string, string[]>();
  for (let i = 1; i < nodeCount; i++) {
    const r = Math.floor((i - 1) / PER_REGION);
    const k = (i - 1) % PER_REGION;
    const slot = SLOTS[k % SLOTS.length]!;
    const id = `n${i}`;
    nodes.push({
      id, service: slot.service, label: `${slot.label} ${i}`, serviceName: slot.serviceName, provider: 'aws',
      category: slot.category, parent: slot.container(r), provenance,
    });
    const key = `${r}:${k % SLOTS.length}`;
    bySlot.set(key, [...(bySlot.get(key) ?? []), id]);
  }

  let e = 0;
  const link = (from: string | undefined, to: string | undefined, style: ArchEdge['style'], label?: string) => {
    if (from && to && from !== to) edges.push({ id: `e${e++}`, from, to, style, ...(label ? { label } : {}), provenance });
  };
  for (let r = 0; r < regions; r++) {
    const at = (slot: number, j: number) => bySlot.get(`${r}:${slot}`)?.[j];
    link('users', at(0, 0), 'network', 'HTTPS');
    const rounds = Math.max(...[0, 1, 2, 3, 4, 5, 6].map((s) => bySlot.get(`${r}:${s}`)?.length ?? 0));
    for (let j = 0; j < rounds; j++) {
      for (const [lb, svc, db] of [[0, 1, 2], [3, 4, 5]] as const) {
        link(at(lb, j), at(svc, j), 'sync', 'HTTP');
        link(at(svc, j), at(db, j), 'sync', 'SQL');
        link(at(svc, j), at(6, j), 'async', 'enqueue');
      }
      link(at(2, j), at(5, j), 'replication');
    }
    if (r > 0) link(bySlot.get(`${r - 1}:2`)?.[0], at(2, 0), 'replication', 'cross-region');
  }

  // Containers nobody lives in would draw as empty boxes.
  const used = new Set<string>();
  const parents = new Map(containers.map((c) => [c.id, c.parent]));
  for (const n of nodes) for (let c = n.parent; c && !used.has(c); c = parents.get(c)) used.add(c);
  return { version: 1, title: `Generated: ${nodeCount} services`, containers: containers.filter((c) => used.has(c.id)), nodes, edges };
}

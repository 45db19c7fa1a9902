import type { ContainerKind, Responsibility } from '../guide/schema';

/**
 * The composer's vocabulary, one row per responsibility an element may provide (the list is
 * the guide schema's RESPONSIBILITIES). It says how elements of that responsibility match
 * across guides, never anything about a particular guide:
 *
 * - `name`: how edges drawn to or from it read ("The application uses the queue")
 * - `sameCategory`: an element stands for another only when both are the same catalogue
 *   category (a DR copy of a database stands for the database guide's database, not its
 *   backup bucket)
 * - `deploymentNode`: the responsibility is a deployment node's: a replaceable element of it
 *   stands for that shared box of its region (a "your VPC" node is the shared workload VPC)
 */
export const RESPONSIBILITY_RULES: Record<Responsibility, { name: string; sameCategory?: boolean; deploymentNode?: Extract<ContainerKind, 'vpc'> }> = {
  edge: { name: 'the edge' },
  entry: { name: 'the entry point' },
  compute: { name: 'the application' },
  async: { name: 'the messaging layer' },
  data: { name: 'the data store', sameCategory: true },
  analytics: { name: 'analytics', sameCategory: true },
  network: { name: 'the network', deploymentNode: 'vpc' },
  security: { name: 'security' },
  observability: { name: 'monitoring' },
  identity: { name: 'identity' },
};

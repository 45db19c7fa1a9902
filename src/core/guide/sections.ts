/** The ten sections of the seed document; every guide, fact and scenario names one. */
export const SEED_SECTIONS = {
  'iam-identity': 'IAM & Identity',
  'networking-vpc': 'Networking & VPC',
  'compute-serverless': 'Compute & Serverless',
  'storage-databases': 'Storage & Databases',
  'messaging-events': 'Messaging & Events',
  observability: 'Observability',
  'security-compliance': 'Security & Compliance',
  'cost-optimization': 'Cost Optimization',
  'ha-dr': 'HA & Disaster Recovery',
  'well-architected': 'Well-Architected & Multi-Cloud',
} as const;

export type SeedSectionId = keyof typeof SEED_SECTIONS;
export const SEED_SECTION_IDS = Object.keys(SEED_SECTIONS) as [SeedSectionId, ...SeedSectionId[]];

import { z } from 'zod';

export const PROVIDERS = ['aws', 'gcp', 'azure', 'generic', 'other'] as const;
export type Provider = (typeof PROVIDERS)[number];

export const CATEGORIES = [
  'compute', 'containers', 'serverless', 'database', 'cache', 'storage', 'analytics',
  'messaging', 'streaming', 'integration', 'networking', 'edge', 'security', 'identity',
  'observability', 'management', 'client', 'on-prem',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const serviceSchema = z.strictObject({
  /** provider-prefixed kebab id: aws.sqs, gcp.pubsub, generic.producer */
  id: z.string().regex(/^(aws|gcp|azure|generic|other)\.[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be <provider>.<kebab-name>'),
  name: z.string().min(1),
  short: z.string().min(1).max(24),
  provider: z.enum(PROVIDERS),
  category: z.enum(CATEGORIES),
  docs: z.url().optional(),
  /** ids of the nearest services on the other clouds */
  equivalents: z.strictObject({
    aws: z.array(z.string()).optional(),
    gcp: z.array(z.string()).optional(),
    azure: z.array(z.string()).optional(),
  }).default({}),
  /** where the equivalent behaves differently, in one line */
  equivalenceNote: z.string().min(1).optional(),
});

export const catalogSchema = z.strictObject({
  $schema: z.string().optional(),
  services: z.array(serviceSchema).min(1),
});

export type Service = z.infer<typeof serviceSchema>;
export type Catalog = z.infer<typeof catalogSchema>;

import { z } from 'zod';
import { SEED_SECTION_IDS } from './sections';

/**
 * The guide file format. Everything the wizard, the recommendation and the diagram know
 * comes from a file of this shape; the TypeScript types are inferred from it so code and
 * data cannot drift apart.
 */

const id = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single dashes)');
const questionId = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'must be camelCase letters and digits');
const text = z.string().trim().min(1, 'must not be empty');

/**
 * A condition over answers. Number questions are compared through their bands, so every
 * condition has a finite domain: the linter can enumerate every case exactly.
 */
export type Condition =
  | { q: string; is: string }
  | { q: string; in: string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ q: questionId, is: z.string().min(1) }),
    z.strictObject({ q: questionId, in: z.array(z.string().min(1)).min(1) }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

/** Ordered rules: the first whose `when` holds (or that has none) decides where to go. */
export const transitionSchema = z.strictObject({
  when: conditionSchema.optional(),
  /** a question id, or `outcome:<outcome id>` */
  to: z.string().regex(/^(outcome:[a-z][a-z0-9-]*|[a-z][A-Za-z0-9]*)$/, 'must be a question id or outcome:<id>'),
});

export const choiceSchema = z.strictObject({
  value: id,
  label: text,
  description: text,
});

/**
 * A band is the stretch of a number question's range up to (excluding) `below`; the last
 * band has no `below`. Bands are cut points, so they partition the range by construction.
 */
export const bandSchema = z.strictObject({
  id,
  label: text,
  below: z.number().finite().optional(),
});

const questionBase = {
  id: questionId,
  prompt: text,
  /** a few words naming the question in one-line summaries ("RPO", "peak throughput"); derived from the prompt when absent */
  short: text.max(40).optional(),
  help: text,
  next: z.array(transitionSchema).min(1),
};

export const choiceQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('choice'),
  choices: z.array(choiceSchema).min(2),
});

export const numberQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('number'),
  unit: text,
  min: z.number().finite(),
  max: z.number().finite(),
  integer: z.boolean().default(false),
  placeholder: z.number().finite().optional(),
  bands: z.array(bandSchema).min(1),
});

export const questionSchema = z.discriminatedUnion('kind', [choiceQuestionSchema, numberQuestionSchema]);

/** Text shown only when its condition holds for the user's answers. */
export const conditionalTextSchema = z.strictObject({ when: conditionSchema.optional(), text });

export const factSchema = z.strictObject({
  kind: z.enum(['limit', 'price', 'sla', 'threshold', 'behaviour']),
  text,
  section: z.enum(SEED_SECTION_IDS),
});

/** A figure computed from the user's numbers, e.g. peering connections n(n-1)/2. */
export const figureSchema = z.strictObject({
  when: conditionSchema.optional(),
  label: text,
  /** arithmetic over number-question ids: + - * / ( ), min(), max(), round(), ceil(), floor() */
  formula: text,
  unit: text,
  /** digits after the decimal point */
  digits: z.number().int().min(0).max(4).default(0),
});

export const containerKindSchema = z.enum([
  'cloud', 'region', 'vpc', 'az', 'subnet', 'account', 'on-prem', 'cluster', 'group',
]);

export const diagramContainerSchema = z.strictObject({
  id,
  kind: containerKindSchema,
  label: text,
  parent: id.optional(),
  tier: z.enum(['public', 'private', 'data']).optional(),
  when: conditionSchema.optional(),
});

/**
 * Roles a diagram node can play in a multi-guide architecture:
 * - client: people or systems outside the cloud calling in (one shared node per service)
 * - entry: where callers enter this outcome's part (a load balancer, a queue, a proxy)
 * - app: the application's own compute; with a generic.* service, a stand-in for it
 * - data: the primary copy of the data
 * - vpc: a VPC node that is the workload's own VPC (drawn as the shared VPC box instead)
 */
export const NODE_ROLES = ['client', 'entry', 'app', 'data', 'vpc'] as const;
export type NodeRole = (typeof NODE_ROLES)[number];

export const diagramNodeSchema = z.strictObject({
  id,
  /** a service catalogue id, e.g. aws.sqs */
  service: z.string().min(1),
  /** defaults to the catalogue's short name; may cite answers as {questionId} */
  label: text.optional(),
  parent: id.optional(),
  when: conditionSchema.optional(),
  /** why this node is here, shown on hover/focus beside the answers that put it there */
  why: text,
  /**
   * what the node stands for when several guides are merged into one architecture
   * (src/core/architecture/merge.ts); ignored when a guide is drawn on its own
   */
  role: z.enum(NODE_ROLES).optional(),
});

export const diagramEdgeSchema = z.strictObject({
  from: id,
  to: id,
  label: text.optional(),
  style: z.enum(['sync', 'async', 'replication', 'network']).default('async'),
  when: conditionSchema.optional(),
});

export const diagramSchema = z.strictObject({
  containers: z.array(diagramContainerSchema).default([]),
  nodes: z.array(diagramNodeSchema).min(1),
  edges: z.array(diagramEdgeSchema).default([]),
});

export const outcomeSchema = z.strictObject({
  id,
  title: text,
  /**
   * the recommended services, most important first: a catalogue id, or one that applies only
   * when its condition holds (the data layer of a DR strategy depends on the data store)
   */
  services: z.array(z.union([z.string().min(1), z.strictObject({ service: z.string().min(1), when: conditionSchema })])).min(1),
  summary: text,
  /** a paragraph; {questionId} is replaced by the user's answer */
  rationale: text,
  notes: z.array(conditionalTextSchema).default([]),
  warnings: z.array(conditionalTextSchema).default([]),
  /** outcome id → why this one was not recommended instead; one for every other outcome */
  whyNot: z.record(id, text),
  facts: z.array(factSchema).min(1),
  figures: z.array(figureSchema).default([]),
  diagram: diagramSchema,
});

export const guideSchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  title: text,
  purpose: text,
  section: z.enum(SEED_SECTION_IDS),
  version: z.number().int().positive(),
  start: questionId,
  questions: z.array(questionSchema).min(1),
  outcomes: z.array(outcomeSchema).min(2),
});

export type Guide = z.infer<typeof guideSchema>;
export type Question = z.infer<typeof questionSchema>;
export type ChoiceQuestion = z.infer<typeof choiceQuestionSchema>;
export type NumberQuestion = z.infer<typeof numberQuestionSchema>;
export type Band = z.infer<typeof bandSchema>;
export type Transition = z.infer<typeof transitionSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type Fact = z.infer<typeof factSchema>;
export type OutcomeService = Outcome['services'][number];
/** The catalogue id of a service entry, conditional or not. */
export const serviceIdOf = (entry: OutcomeService): string => (typeof entry === 'string' ? entry : entry.service);
export const serviceWhen = (entry: OutcomeService): Condition | undefined => (typeof entry === 'string' ? undefined : entry.when);
export type Figure = z.infer<typeof figureSchema>;
export type Diagram = z.infer<typeof diagramSchema>;
export type DiagramNode = z.infer<typeof diagramNodeSchema>;
export type DiagramContainer = z.infer<typeof diagramContainerSchema>;
export type DiagramEdge = z.infer<typeof diagramEdgeSchema>;
export type ContainerKind = z.infer<typeof containerKindSchema>;
/** A choice value, or a number for number questions. */
export type AnswerValue = string | number;
export type Answers = Record<string, AnswerValue>;

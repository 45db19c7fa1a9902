import { z } from 'zod';
import { SEED_SECTION_IDS } from './sections';
import { chartSchema } from './chart-schema';
import { answerCheckSchema } from './check-schema';
import { conditionSchema, id, questionId, text, type Condition } from './schema-primitives';

export { chartSchema, conditionSchema, type Condition };

/**
 * The guide file format. Everything the wizard, the recommendation and the diagram know
 * comes from a file of this shape; the TypeScript types are inferred from it so code and
 * data cannot drift apart.
 */


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
  /**
   * how the answer reads inside a sentence ("about once a month", "one year"): a guide text
   * citing {questionId} mid-sentence, outside quotes and brackets, shows this instead of the
   * label, which is written to stand alone ("About once a month"); see answerPosition()
   */
  phrase: text.optional(),
});

/**
 * A band is the stretch of a number question's range up to (excluding) `below`; the last
 * band has no `below`. Bands are cut points, so they partition the range by construction.
 */
export const bandSchema = z.strictObject({
  id,
  label: text,
  below: z.number().finite().optional(),
  /**
   * a fact id (decision-trees/facts/) this cut point stands for: the linter checks that
   * `below` is the fact's value (or the value + 1 on a whole-number question, "up to and
   * including"), so a threshold cannot drift from its source
   */
  fact: z.string().min(1).optional(),
});

const questionBase = {
  id: questionId,
  prompt: text,
  /** a few words naming the question in one-line summaries ("RPO", "peak throughput"); derived from the prompt when absent */
  short: text.max(40).optional(),
  help: text,
  /** cross-answer checks: the answer is refused, with the message, when a check's `when` holds (./check-schema.ts) */
  checks: z.array(answerCheckSchema).default([]),
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
  /**
   * the most decimal places an answer may have (a non-whole question): 3 makes 99.99 a
   * value and 99.9905 an input error, so a band "below 99.991" means "up to 99.99"
   */
  decimals: z.number().int().min(1).max(6).optional(),
  placeholder: z.number().finite().optional(),
  bands: z.array(bandSchema).min(1),
});

export const questionSchema = z.discriminatedUnion('kind', [choiceQuestionSchema, numberQuestionSchema]);

/** Text shown only when its condition holds for the user's answers. */
export const conditionalTextSchema = z.strictObject({ when: conditionSchema.optional(), text });

export const factSchema = z.strictObject({
  kind: z.enum(['limit', 'price', 'sla', 'threshold', 'behaviour']),
  /** may cite facts as {fact:<id>}: the fact's value is written in, from decision-trees/facts/ */
  text,
  section: z.enum(SEED_SECTION_IDS),
  /** the facts-file entry this statement rests on */
  fact: z.string().min(1).optional(),
});

/**
 * What an outcome achieves, as data over a number question: a DR strategy's RTO is reached
 * only when the user's target allows at least `atLeast` minutes; a queue handles at most
 * `atMost` msg/s. The promise linter proves that every path reaching the outcome (where
 * `when` holds) asks the question and answers it within the promise.
 */
export const promiseSchema = z
  .strictObject({
    q: questionId,
    atLeast: z.number().finite().optional(),
    atMost: z.number().finite().optional(),
    when: conditionSchema.optional(),
    /** the promise in words, shown beside the recommendation; may cite {fact:<id>} */
    text,
  })
  .refine((p) => p.atLeast !== undefined || p.atMost !== undefined, 'a promise needs atLeast or atMost');

/** A figure computed from the user's numbers, e.g. peering connections n(n-1)/2. */
export const figureSchema = z.strictObject({
  when: conditionSchema.optional(),
  label: text,
  /** arithmetic over number-question ids: + - * / ( ), min(), max(), round(), ceil(), floor(); {fact:<id>} for a fact's number */
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
 * What a diagram element provides when several guides are composed into one architecture
 * (src/core/architecture/compose.ts), after the C4 model's responsibilities of a container.
 */
export const RESPONSIBILITIES = [
  'edge', 'entry', 'compute', 'async', 'data', 'analytics', 'network', 'security', 'observability', 'identity',
] as const;
export type Responsibility = (typeof RESPONSIBILITIES)[number];

/**
 * How an element joins the elements of other guides:
 * - own: this guide's alone (the default)
 * - authority: a specialist guide whose decision is this responsibility (the load-balancer
 *   guide for the entry point): it provides it over any other guide's provider, whose
 *   elements of it it replaces
 * - provider: this guide is the authority for the responsibility in its region: other guides'
 *   elements of the same responsibility there are replaced by this guide's
 * - replaceable: a stand-in (generic.service) or a copy (DR's copy of the app): replaced by
 *   the provider's elements of the same responsibility in the same region (AZ by AZ); when no
 *   guide is the provider, the first guide with real elements provides it
 * - shared: one element per service across all guides (the users)
 */
export const JOIN_MODES = ['own', 'authority', 'provider', 'replaceable', 'shared'] as const;
export type JoinMode = (typeof JOIN_MODES)[number];

export const compositionSchema = z.strictObject({
  /** the C4 element: a person, an external software system, or (default) a container of this architecture */
  element: z.enum(['person', 'software-system', 'container']).default('container'),
  provides: z.enum(RESPONSIBILITIES).optional(),
  joins: z.enum(JOIN_MODES).default('own'),
  /**
   * wire this element to the elements providing `to` (another guide's) when none of them
   * reaches it yet: `in` draws them → this (the app publishes to a queue), `out` this → them
   */
  attaches: z.strictObject({
    to: z.enum(RESPONSIBILITIES),
    direction: z.enum(['in', 'out']).default('in'),
    label: text.optional(),
    style: z.enum(['sync', 'async', 'replication', 'network']).default('sync'),
  }).optional(),
}).refine((c) => (c.joins !== 'authority' && c.joins !== 'provider' && c.joins !== 'replaceable') || c.provides !== undefined, {
  message: 'an element that provides or stands in for something must say what: add "provides"',
  path: ['provides'],
});
export type Composition = z.infer<typeof compositionSchema>;

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
   * how the node joins other guides' elements when several guides are composed into one
   * architecture (src/core/architecture/compose.ts); ignored when a guide is drawn on its own
   */
  compose: compositionSchema.optional(),
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

/**
 * A value the user types on the recommendation screen to fill an artefact (a namespace, an
 * account id, a list of Regions). Unlike questions, parameters never steer the guide.
 */
export const artefactParamSchema = z.strictObject({
  id: questionId,
  label: text,
  help: text.optional(),
  /** the value shown until the user types one; must match `pattern` */
  default: text,
  /** a regular expression the whole value must match (anchored; each item when `list`) */
  pattern: text,
  /** what a valid value looks like, shown when the typed one does not match */
  hint: text,
  /** comma-separated values; a document string that is exactly "{id}" inside an array becomes one item per value */
  list: z.boolean().default(false),
});

/** Artefact kinds: the IAM document kinds are validated against the IAM grammar and action list. */
export const IAM_ARTEFACT_KINDS = ['trust-policy', 'identity-policy', 'permission-boundary', 'resource-policy', 'key-policy', 'scp', 'session-policy'] as const;
export const ARTEFACT_KINDS = [...IAM_ARTEFACT_KINDS, 'kubernetes', 'cli', 'config'] as const;

/**
 * A policy or configuration snippet filled from the answers, shown with a copy button and
 * exported in the ADR. `{name}` in any string of `document` (or in `text`) is replaced by
 * the parameter of that id or by the raw answer to the question of that id (`${aws:...}`
 * policy variables are left alone).
 */
export const artefactSchema = z
  .strictObject({
    id,
    title: text,
    kind: z.enum(ARTEFACT_KINDS),
    /** one line: what to do with it; may cite answers as {questionId} */
    description: text,
    when: conditionSchema.optional(),
    params: z.array(artefactParamSchema).default([]),
    /** a JSON document (IAM policies and JSON configuration) */
    document: z.json().optional(),
    /** a text snippet (YAML, shell) in the given language */
    text: text.optional(),
    language: z.enum(['json', 'yaml', 'shell']).default('json'),
  })
  .refine((a) => (a.document === undefined) !== (a.text === undefined), 'an artefact needs exactly one of document or text');

/**
 * Why the user's answer rules another outcome out. The app computes WHICH answer did (see
 * why-not.ts); this text says why that answer matters. A plain text is shown whichever answer
 * ruled it out; `byQuestion` gives one text per question that can rule it out (keyed by
 * question id), and `default` covers questions not listed. The linter checks every path.
 */
export const whyNotTextSchema = z.union([
  text,
  z.strictObject({
    byQuestion: z.record(questionId, text).refine((r) => Object.keys(r).length > 0, 'needs at least one question'),
    default: text.optional(),
  }),
]);

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
  /** outcome id → why the answer that ruled it out matters; one for every other outcome */
  whyNot: z.record(id, whyNotTextSchema),
  facts: z.array(factSchema).min(1),
  figures: z.array(figureSchema).default([]),
  /** policies and configuration filled from the answers (src/core/guide/artefact.ts) */
  artefacts: z.array(artefactSchema).default([]),
  /** charts computed from the answers (burn rates, coverage, bills) */
  charts: z.array(chartSchema).default([]),
  /** what this outcome achieves, checked against every path that reaches it */
  promises: z.array(promiseSchema).default([]),
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
export type WhyNotText = z.infer<typeof whyNotTextSchema>;
export type Fact = z.infer<typeof factSchema>;
export type OutcomeService = Outcome['services'][number];
/** The catalogue id of a service entry, conditional or not. */
export const serviceIdOf = (entry: OutcomeService): string => (typeof entry === 'string' ? entry : entry.service);
export const serviceWhen = (entry: OutcomeService): Condition | undefined => (typeof entry === 'string' ? undefined : entry.when);
export type Figure = z.infer<typeof figureSchema>;
export type Chart = z.infer<typeof chartSchema>;
export type Artefact = z.infer<typeof artefactSchema>;
export type ArtefactParam = z.infer<typeof artefactParamSchema>;
export type OutcomePromise = z.infer<typeof promiseSchema>;
export type Diagram = z.infer<typeof diagramSchema>;
export type DiagramNode = z.infer<typeof diagramNodeSchema>;
export type DiagramContainer = z.infer<typeof diagramContainerSchema>;
export type DiagramEdge = z.infer<typeof diagramEdgeSchema>;
export type ContainerKind = z.infer<typeof containerKindSchema>;
/** A choice value, or a number for number questions. */
export type AnswerValue = string | number;
export type Answers = Record<string, AnswerValue>;

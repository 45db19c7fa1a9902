import { z } from 'zod';

/**
 * The facts file format (decision-trees/facts/*.json): every limit, price and SLA the guides,
 * the catalogue, the flashcards and the scenarios state, written once with its source.
 * Texts refer to a fact as {fact:<id>} and formulas as {fact:<id>}; see refs.ts.
 */

/** Dotted kebab-case: kinesis.shard.write-records */
export const FACT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
const factId = z.string().regex(FACT_ID, 'must be dotted kebab-case, e.g. kinesis.shard.write-records');
const text = z.string().trim().min(1, 'must not be empty');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');

/** A single figure, or a range [low, high] for figures documented as one ("1–2 minutes"). */
export const factValueSchema = z.union([
  z.number().finite(),
  z.tuple([z.number().finite(), z.number().finite()]).refine(([lo, hi]) => lo < hi, 'a range must be [low, high] with low < high'),
]);

export const factSourceSchema = z.strictObject({
  /** a public AWS, GCP or Azure document (or, marked as such in the title, a third-party summary) */
  url: z.url(),
  title: text,
  /** the day the figure was read in that document */
  read: isoDate,
});

/**
 * What a text must say when it states this fact: a sentence containing one of `phrases`
 * (case-insensitive) and a number followed by `unit` (a regular expression) must state the
 * fact's value, one of `accepts`, or use the {fact:id} reference.
 */
export const factCheckSchema = z.strictObject({
  phrases: z.array(text).min(1),
  unit: text,
});

export const factEntrySchema = z.strictObject({
  id: factId,
  kind: z.enum(['limit', 'price', 'sla', 'threshold', 'behaviour']),
  provider: z.enum(['aws', 'gcp', 'azure', 'any']),
  /** one short sentence, in this project's words */
  statement: text,
  value: factValueSchema,
  /** the unit of value: "records/s", "USD/GB", "hours", "%" */
  unit: text,
  /** how {fact:id} reads in a text, e.g. "$0.085 per GB"; defaults to "<value> <unit>" */
  display: text.optional(),
  /** other numbers a text may state for this fact: rounded forms ("about 44 hours") */
  accepts: z.array(z.number().finite()).default([]),
  source: factSourceSchema,
  /** where the seed (the domain source) says otherwise: its value and line, kept for the record */
  seed: z.strictObject({ value: text, line: text }).optional(),
  checks: z.array(factCheckSchema).default([]),
});

export const factFileSchema = z.strictObject({
  $schema: z.string().optional(),
  facts: z.array(factEntrySchema).min(1),
});

export type FactEntry = z.infer<typeof factEntrySchema>;
export type FactFile = z.infer<typeof factFileSchema>;
export type FactValue = z.infer<typeof factValueSchema>;

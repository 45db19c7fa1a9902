import { z } from 'zod';
import { SEED_SECTION_IDS } from '../guide/sections';
import { keyPointSchema } from './question-schema';

/**
 * Drills for what a senior loop probes after the design: failure-mode follow-ups, cost
 * estimates made before the reveal, migration cut-overs and a security incident's first hour.
 * decision-trees/drills/<kind>.json, one file per kind. Each item is anchored in a guide and
 * the answers that encode its situation, so the reveal shows the outcome the guide reaches
 * there: its warnings and, for a cost item, the figure the guide computes.
 * (Not to be confused with drill.ts, which scores the scenario drill.)
 */

export const DRILL_KINDS = ['failure-modes', 'cost-estimation', 'migration', 'incidents'] as const;
export type DrillKind = (typeof DRILL_KINDS)[number];

export const DRILL_KIND_TITLES: Readonly<Record<DrillKind, string>> = {
  'failure-modes': 'Failure modes',
  'cost-estimation': 'Cost estimation',
  migration: 'Migration cut-overs',
  incidents: 'Security incidents',
};

/** The done-when of the feature: every kind holds at least this many items. */
export const MIN_DRILL_ITEMS = 5;
export const MIN_DRILL_KEY_POINTS = 4;
export const MAX_DRILL_KEY_POINTS = 8;

const id = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single dashes)');
const questionId = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'must be camelCase letters and digits');
const text = z.string().trim().min(1, 'must not be empty');

/** The guide figure a cost estimate is scored against, and how far off still counts. */
export const drillFigureSchema = z.strictObject({
  /** the label of one of the reached outcome's figures, exactly as the guide writes it */
  label: text,
  /** an estimate within this many percent of the guide's figure counts as right */
  tolerancePercent: z.number().positive().max(100),
});

export const drillItemSchema = z
  .strictObject({
    /** stable: progress may refer to it */
    id,
    kind: z.enum(DRILL_KINDS),
    section: z.enum(SEED_SECTION_IDS),
    /** a short, neutral name for the list (never the answer) */
    title: text.max(80),
    /** the guide whose outcome is the situation's design */
    guide: id,
    /** the answers that encode the situation; the guide must reach an outcome with them */
    answers: z.record(questionId, z.union([z.string().min(1), z.number().finite()])),
    /** the question as an interviewer asks it, with the numbers the candidate needs */
    prompt: text.max(480),
    keyPoints: z.array(keyPointSchema).min(MIN_DRILL_KEY_POINTS).max(MAX_DRILL_KEY_POINTS),
    /** what the interviewer asks next */
    followUps: z.array(text.max(240)).min(1).max(3),
    /** cost-estimation only: the figure the estimate is scored against */
    figure: drillFigureSchema.optional(),
  })
  .superRefine((item, ctx) => {
    if (item.kind === 'cost-estimation' && !item.figure) ctx.addIssue({ code: 'custom', path: ['figure'], message: 'a cost-estimation item needs the figure its estimate is scored against' });
    if (item.kind !== 'cost-estimation' && item.figure) ctx.addIssue({ code: 'custom', path: ['figure'], message: 'only cost-estimation items carry a figure' });
  });

export const drillFileSchema = z.strictObject({
  $schema: z.string().optional(),
  /** the kind; must match the file name and every item's kind */
  kind: z.enum(DRILL_KINDS),
  items: z.array(drillItemSchema).min(1),
});

export type DrillFigure = z.infer<typeof drillFigureSchema>;
export type DrillItem = z.infer<typeof drillItemSchema>;
export type DrillFile = z.infer<typeof drillFileSchema>;

/** The JSON Schema of a drill file, committed as decision-trees/drills/schema.json for editor completion. */
export function drillJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(drillFileSchema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;
}

import { z } from 'zod';
import { SEED_SECTION_IDS } from '../guide/sections';

/**
 * Rehearsal data: scenarios (decision-trees/scenarios/<guide-id>.json) and flashcards
 * (decision-trees/flashcards/*.json). Both sit in sub-folders so the guide loader, which
 * reads only the top level of decision-trees/, never mistakes them for guides.
 */

const id = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single dashes)');
const questionId = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'must be camelCase letters and digits');
const text = z.string().trim().min(1, 'must not be empty');

export const scenarioSchema = z.strictObject({
  /** stable: progress refers to it */
  id,
  /** the guide that encodes the reasoning; must match the file name */
  guide: id,
  /** the seed section the situation is drawn from (may differ from the guide's own) */
  section: z.enum(SEED_SECTION_IDS),
  /** a short name for lists and the mock-round summary */
  title: text.max(80),
  /** the situation in plain words, as an interviewer would put it */
  situation: text.max(420),
  /** the facts from the seed that matter for this decision */
  facts: z.array(text.max(240)).min(1).max(6),
  /** the answers that encode the situation; every one must be asked on the guide's path */
  answers: z.record(questionId, z.union([z.string().min(1), z.number().finite()])),
  /** the outcome the guide must reach */
  expected: id,
  /** the one requirement that decides it: a question on the path whose answer, changed, changes the outcome */
  decidedBy: questionId,
  /** the alternatives to defend the choice against; the nearest ones are used when absent */
  defend: z.array(id).min(1).max(2).optional(),
  /**
   * other outcomes a strong candidate could defend, each with the condition under which it
   * wins (a fact the situation leaves open); picking one earns the service point when the
   * candidate's defence names that condition
   */
  alternatives: z
    .array(z.strictObject({ outcome: id, when: text.max(320) }))
    .min(1)
    .max(3)
    .optional(),
});

export const scenarioFileSchema = z.strictObject({
  $schema: z.string().optional(),
  guide: id,
  scenarios: z.array(scenarioSchema).min(1),
});

export const factKindSchema = z.enum(['limit', 'price', 'sla', 'threshold', 'behaviour']);

export const flashcardSchema = z.strictObject({
  id,
  section: z.enum(SEED_SECTION_IDS),
  kind: factKindSchema,
  /** the prompt: a question with one hard answer */
  front: text.max(200),
  /** the answer, short enough to check at a glance */
  back: text.max(200),
  /** why the number matters in a design discussion */
  detail: text.max(320).optional(),
  /** guides whose decisions rest on this fact, for progress per guide */
  guides: z.array(id).max(5).optional(),
});

export const flashcardDeckSchema = z.strictObject({
  $schema: z.string().optional(),
  deck: id,
  title: text,
  cards: z.array(flashcardSchema).min(1),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
export type Flashcard = z.infer<typeof flashcardSchema>;
export type FlashcardDeck = z.infer<typeof flashcardDeckSchema>;

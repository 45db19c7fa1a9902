import { z } from 'zod';
import { SEED_SECTION_IDS } from '../guide/sections';

/**
 * The interview-question bank: decision-trees/questions/<section>.json, one file per seed
 * section. The seed prints only the answers an interviewer hopes to hear; each question here
 * is put in our own words, with the key points a strong answer covers. The candidate answers
 * first and then ticks the points they made, so every point must be checkable on its own.
 */

const id = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single dashes)');
const text = z.string().trim().min(1, 'must not be empty');

/** At least 6 key points (a real answer has that much substance), at most 12 (still tickable). */
export const MIN_KEY_POINTS = 6;
export const MAX_KEY_POINTS = 12;

export const keyPointSchema = z.strictObject({
  /** stable within its question: attempts record which points were covered by id */
  id,
  /** what a strong answer says, as one checkable claim */
  point: text.max(180),
  /** shown when the point was missed: why it matters, in one or two sentences */
  why: text.max(360),
  /** lower-case words or phrases whose presence in a typed answer suggests the point was made */
  keywords: z.array(z.string().trim().toLowerCase().min(2).max(40)).min(1).max(6),
});

export const linksSchema = z.strictObject({
  /** guide ids; the first one is the guide that decides the question ("walk it in the guide") */
  guides: z.array(id).max(3).optional(),
  /** scenario ids (decision-trees/scenarios) that practise the same judgement */
  scenarios: z.array(id).max(6).optional(),
  /** flashcard ids (decision-trees/flashcards) holding the figures the answer needs */
  flashcards: z.array(id).max(8).optional(),
});

export const interviewQuestionSchema = z.strictObject({
  /** stable: progress refers to it */
  id,
  section: z.enum(SEED_SECTION_IDS),
  /** the question as an interviewer would ask it */
  prompt: text.max(300),
  keyPoints: z.array(keyPointSchema).min(MIN_KEY_POINTS).max(MAX_KEY_POINTS),
  /** what the interviewer asks next, to probe depth */
  followUps: z.array(text.max(240)).min(1).max(3),
  links: linksSchema,
});

export const questionFileSchema = z.strictObject({
  $schema: z.string().optional(),
  /** the seed section; must match the file name */
  section: z.enum(SEED_SECTION_IDS),
  questions: z.array(interviewQuestionSchema).min(1),
});

export type KeyPoint = z.infer<typeof keyPointSchema>;
export type QuestionLinks = z.infer<typeof linksSchema>;
export type InterviewQuestion = z.infer<typeof interviewQuestionSchema>;
export type QuestionFile = z.infer<typeof questionFileSchema>;

/** How many answer blocks each section of the seed holds (its section headers say so). */
export const SEED_QUESTION_COUNTS: Readonly<Record<(typeof SEED_SECTION_IDS)[number], number>> = {
  'iam-identity': 8,
  'networking-vpc': 8,
  'compute-serverless': 8,
  'storage-databases': 8,
  'messaging-events': 7,
  observability: 6,
  'security-compliance': 6,
  'cost-optimization': 6,
  'ha-dr': 6,
  'well-architected': 7,
};

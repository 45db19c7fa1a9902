import { z } from 'zod';
import { SEED_SECTION_IDS } from '../guide/sections';

/**
 * One answered interview question, as saved in rehearsal progress. It records which key
 * points the candidate ticked and how many there were at the time, so the coverage stays
 * meaningful even if the bank's key points change later. Kept apart from ./progress so the
 * progress schema can import it without a cycle.
 */

/** Attempts kept (oldest dropped first); with typed answers capped below, about 1.5 MB at most. */
export const MAX_QUESTION_ATTEMPTS = 500;
/** A spoken-length answer typed out is 300–800 words; 3,000 characters keeps the store small. */
export const MAX_ANSWER_CHARS = 3000;

const refId = z.string().min(1).max(120);

export const questionAttemptSchema = z.strictObject({
  question: refId,
  section: z.enum(SEED_SECTION_IDS),
  /** ids of the key points the candidate ticked as covered */
  covered: z.array(refId).max(12),
  /** how many key points the question had when answered */
  total: z.number().int().min(1).max(12),
  /** the typed answer, kept with the attempt (absent when spoken) */
  answer: z.string().max(MAX_ANSWER_CHARS).optional(),
  answeredBy: z.enum(['typed', 'spoken']),
  context: z.enum(['practice', 'interview']),
  /** time spent answering, in seconds */
  seconds: z.number().finite().nonnegative().max(86_400),
  /** the clock the candidate chose, in seconds; absent when untimed */
  limitSeconds: z.number().int().positive().max(3600).optional(),
  at: z.iso.datetime({ offset: true }),
}).refine((a) => a.covered.length <= a.total, { message: 'covers more key points than the question has', path: ['covered'] });

export type QuestionAttempt = z.infer<typeof questionAttemptSchema>;

/** Share of key points covered, 0..1. */
export const attemptCoverage = (attempt: Pick<QuestionAttempt, 'covered' | 'total'>): number => attempt.covered.length / attempt.total;

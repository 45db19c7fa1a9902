import { z } from 'zod';
import { SEED_SECTION_IDS } from '../guide/sections';
import { MAX_QUESTION_ATTEMPTS, questionAttemptSchema } from './question-attempt';

/**
 * What rehearsal mode remembers between sessions: the scheduler state of every flashcard,
 * each flashcard review, and each scenario attempt. Persisted by electron-store on the
 * desktop and localStorage on the web; both go through `createRehearsalStore` (./store),
 * which validates it with this schema. Bump `version` and add a migration there when the
 * shape changes.
 */

/** Histories are capped so the saved value stays small; the oldest entries go first. */
export const MAX_REVIEWS = 5000;
export const MAX_ATTEMPTS = 2000;
export const MAX_CARDS = 2000;

const refId = z.string().min(1).max(120);
const isoDate = z.iso.datetime({ offset: true });

/** ts-fsrs's Card with dates as ISO strings (JSON has no Date). */
export const cardStateSchema = z.strictObject({
  due: isoDate,
  stability: z.number().finite().nonnegative(),
  difficulty: z.number().finite().nonnegative(),
  elapsed_days: z.number().finite().nonnegative(),
  scheduled_days: z.number().finite().nonnegative(),
  learning_steps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  /** 0 new, 1 learning, 2 review, 3 relearning */
  state: z.number().int().min(0).max(3),
  last_review: isoDate.optional(),
});

export const ratingSchema = z.enum(['again', 'hard', 'good', 'easy']);

export const reviewSchema = z.strictObject({
  card: refId,
  rating: ratingSchema,
  at: isoDate,
});

export const attemptSchema = z.strictObject({
  scenario: refId,
  guide: refId,
  section: z.enum(SEED_SECTION_IDS),
  /** the outcome the user picked, or null when the clock ran out first */
  picked: refId.nullable(),
  outcomeRight: z.boolean(),
  deciderRight: z.boolean(),
  seconds: z.number().finite().nonnegative().max(86_400),
  mode: z.enum(['drill', 'mock']),
  at: isoDate,
});

/** Interview questions (./question-progress): FSRS state per question, rated by coverage, and every attempt. */
export const questionProgressSchema = z.strictObject({
  cards: z.record(refId, cardStateSchema).refine((c) => Object.keys(c).length <= MAX_CARDS, `at most ${MAX_CARDS} questions`),
  attempts: z.array(questionAttemptSchema).max(MAX_QUESTION_ATTEMPTS),
});

export const progressSchema = z.strictObject({
  version: z.literal(1),
  cards: z.record(refId, cardStateSchema).refine((c) => Object.keys(c).length <= MAX_CARDS, `at most ${MAX_CARDS} cards`),
  reviews: z.array(reviewSchema).max(MAX_REVIEWS),
  attempts: z.array(attemptSchema).max(MAX_ATTEMPTS),
  /** absent until the first interview question is answered, so older saves stay valid */
  questions: questionProgressSchema.optional(),
});

export type CardState = z.infer<typeof cardStateSchema>;
export type RatingName = z.infer<typeof ratingSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type RehearsalProgress = z.infer<typeof progressSchema>;

export const emptyProgress = (): RehearsalProgress => ({ version: 1, cards: {}, reviews: [], attempts: [] });

/** Keep the newest `max` entries. */
const capped = <T>(items: T[], max: number): T[] => (items.length > max ? items.slice(items.length - max) : items);

/** Pure: the progress with one more scenario attempt recorded. */
export function recordAttempt(progress: RehearsalProgress, attempt: Attempt): RehearsalProgress {
  return { ...progress, attempts: capped([...progress.attempts, attemptSchema.parse(attempt)], MAX_ATTEMPTS) };
}

/** Pure: the progress with a card's new scheduler state and the review that produced it. */
export function recordReview(progress: RehearsalProgress, review: Review, state: CardState): RehearsalProgress {
  return {
    ...progress,
    cards: { ...progress.cards, [review.card]: cardStateSchema.parse(state) },
    reviews: capped([...progress.reviews, reviewSchema.parse(review)], MAX_REVIEWS),
  };
}

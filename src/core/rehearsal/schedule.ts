import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import type { CardState, RatingName } from './progress';
import type { Flashcard } from './schema';

/*
 * Spaced repetition with FSRS (ts-fsrs), the scheduler Anki ships. Fuzz is off so the same
 * reviews always give the same due dates: the queue order is reproducible and testable.
 */
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

const GRADES: Record<RatingName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};
export const RATINGS: readonly RatingName[] = ['again', 'hard', 'good', 'easy'];

function toCard(state: CardState | undefined, now: Date): Card {
  if (!state) return createEmptyCard(now);
  return {
    ...state,
    due: new Date(state.due),
    last_review: state.last_review ? new Date(state.last_review) : undefined,
  };
}

function toState(card: Card): CardState {
  const state: CardState = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  if (card.last_review) state.last_review = card.last_review.toISOString();
  return state;
}

/** The card's scheduler state after one review; a card never reviewed starts fresh. */
export function reviewCard(state: CardState | undefined, rating: RatingName, now: Date): CardState {
  return toState(scheduler.next(toCard(state, now), now, GRADES[rating]).card);
}

/** When each rating would bring the card back, for the labels on the rating buttons. */
export function previewIntervals(state: CardState | undefined, now: Date): Record<RatingName, number> {
  const preview = scheduler.repeat(toCard(state, now), now);
  const ms = (rating: RatingName) => preview[GRADES[rating]].card.due.getTime() - now.getTime();
  return { again: ms('again'), hard: ms('hard'), good: ms('good'), easy: ms('easy') };
}

/** "10m", "3h", "4d", "2mo": how people read review intervals. */
export function formatInterval(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(hours / 24);
  if (days < 30) return `${days}d`;
  const months = Math.round(days / 30);
  return months < 12 ? `${months}mo` : `${Math.round(days / 365)}y`;
}

export type QueueOptions = { newLimit?: number; limit?: number };

/**
 * The cards to study now: reviews that are due (most overdue first), then cards never seen,
 * taken one section at a time in turn so a session mixes topics. Ties keep deck order, so
 * the same progress always gives the same queue.
 */
export function dueQueue(
  cards: readonly Flashcard[],
  states: Readonly<Record<string, CardState>>,
  now: Date,
  { newLimit = 10, limit = 30 }: QueueOptions = {},
): Flashcard[] {
  const order = new Map(cards.map((c, i) => [c.id, i]));
  const due = cards
    .filter((c) => states[c.id] && Date.parse(states[c.id]!.due) <= now.getTime())
    .sort((a, b) => Date.parse(states[a.id]!.due) - Date.parse(states[b.id]!.due) || order.get(a.id)! - order.get(b.id)!);
  const fresh = interleaveBySection(cards.filter((c) => !states[c.id])).slice(0, newLimit);
  return [...due, ...fresh].slice(0, limit);
}

/** Cards round-robin over their sections, keeping each section's own order. */
export function interleaveBySection(cards: readonly Flashcard[]): Flashcard[] {
  const bySection = new Map<string, Flashcard[]>();
  for (const card of cards) bySection.set(card.section, [...(bySection.get(card.section) ?? []), card]);
  const lanes = [...bySection.values()];
  const out: Flashcard[] = [];
  for (let i = 0; out.length < cards.length; i++) for (const lane of lanes) if (lane[i]) out.push(lane[i]!);
  return out;
}

/** How many cards are due for review now (cards never seen are counted apart). */
export function countDue(cards: readonly Flashcard[], states: Readonly<Record<string, CardState>>, now: Date): { due: number; unseen: number } {
  let due = 0;
  let unseen = 0;
  for (const card of cards) {
    const state = states[card.id];
    if (!state) unseen++;
    else if (Date.parse(state.due) <= now.getTime()) due++;
  }
  return { due, unseen };
}

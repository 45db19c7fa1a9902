import { describe, expect, it } from 'vitest';
import type { CardState, RatingName } from '../../src/core/rehearsal/progress';
import { countDue, dueQueue, formatInterval, interleaveBySection, previewIntervals, reviewCard } from '../../src/core/rehearsal/schedule';
import type { Flashcard } from '../../src/core/rehearsal/schema';

const DAY = 86_400_000;
const start = new Date('2026-03-02T09:00:00.000Z');
const card = (id: string, section: Flashcard['section'] = 'ha-dr'): Flashcard => ({ id, section, kind: 'limit', front: `${id}?`, back: `${id}.` });

/** Review a card repeatedly, each time exactly when it falls due; returns the interval after each review. */
function intervals(ratings: RatingName[]): { state: CardState; days: number }[] {
  let state: CardState | undefined;
  let now = start;
  return ratings.map((rating) => {
    state = reviewCard(state, rating, now);
    const due = new Date(state.due);
    const days = (due.getTime() - now.getTime()) / DAY;
    now = due;
    return { state, days };
  });
}

describe('spaced repetition (FSRS)', () => {
  it('intervals grow with each successful review', () => {
    const steps = intervals(['good', 'good', 'good', 'good', 'good', 'good']).map((s) => s.days);
    for (let i = 1; i < steps.length; i++) expect(steps[i]!, `review ${i + 1}: ${steps.join(', ')}`).toBeGreaterThan(steps[i - 1]!);
    expect(steps.at(-1)!).toBeGreaterThan(30);
  });

  it('easy spaces a card out further than good, and good further than hard', () => {
    const seen = intervals(['good', 'good'])[1]!.state;
    const now = new Date(seen.due);
    const preview = previewIntervals(seen, now);
    expect(preview.easy).toBeGreaterThan(preview.good);
    expect(preview.good).toBeGreaterThan(preview.hard);
    expect(preview.hard).toBeGreaterThan(preview.again);
  });

  it('a lapse resets the interval to minutes and counts the lapse', () => {
    const learned = intervals(['good', 'good', 'good', 'good']);
    const before = learned.at(-1)!;
    expect(before.days).toBeGreaterThan(5);
    const lapsed = reviewCard(before.state, 'again', new Date(before.state.due));
    const minutes = (Date.parse(lapsed.due) - Date.parse(before.state.due)) / 60_000;
    expect(minutes).toBeLessThanOrEqual(30);
    expect(lapsed.lapses).toBe(before.state.lapses + 1);
    // and it grows again from there, but starts over far below where it was
    const relearned = reviewCard(lapsed, 'good', new Date(lapsed.due));
    expect((Date.parse(relearned.due) - Date.parse(lapsed.due)) / DAY).toBeLessThan(before.days);
  });

  it('is deterministic: the same reviews give the same due dates', () => {
    expect(intervals(['good', 'hard', 'easy', 'again', 'good'])).toEqual(intervals(['good', 'hard', 'easy', 'again', 'good']));
  });

  it('formats intervals the way the rating buttons show them', () => {
    expect([60_000, 10 * 60_000, 3 * 3_600_000, 4 * DAY, 60 * DAY, 800 * DAY].map(formatInterval)).toEqual(['1m', '10m', '3h', '4d', '2mo', '2y']);
  });
});

describe('the due queue', () => {
  const cards = [card('a', 'ha-dr'), card('b', 'ha-dr'), card('c', 'observability'), card('d', 'observability'), card('e', 'iam-identity')];

  it('puts due reviews first, most overdue first, then new cards mixing sections', () => {
    const states = {
      b: reviewCard(undefined, 'good', new Date(start.getTime() - 5 * DAY)),
      d: reviewCard(undefined, 'good', new Date(start.getTime() - 9 * DAY)),
    };
    const queue = dueQueue(cards, states, start).map((c) => c.id);
    expect(queue).toEqual(['d', 'b', 'a', 'c', 'e']);
  });

  it('leaves out cards not yet due and respects the limits', () => {
    const states = { a: reviewCard(undefined, 'easy', start) };
    expect(dueQueue(cards, states, start).map((c) => c.id)).not.toContain('a');
    expect(dueQueue(cards, {}, start, { newLimit: 2 }).map((c) => c.id)).toEqual(['a', 'c']);
    expect(dueQueue(cards, {}, start, { limit: 1 })).toHaveLength(1);
    expect(countDue(cards, states, start)).toEqual({ due: 0, unseen: 4 });
    expect(countDue(cards, states, new Date(start.getTime() + 365 * DAY))).toEqual({ due: 1, unseen: 4 });
  });

  it('keeps a stable order for cards due at the same moment: deck order', () => {
    const same = reviewCard(undefined, 'good', start);
    const states = { e: same, a: same, c: same };
    const later = new Date(start.getTime() + DAY);
    const first = dueQueue(cards, states, later).map((c) => c.id);
    expect(first.slice(0, 3)).toEqual(['a', 'c', 'e']);
    expect(dueQueue([...cards], { ...states }, later).map((c) => c.id)).toEqual(first);
  });

  it('interleaves sections round-robin, keeping each section in order', () => {
    expect(interleaveBySection(cards).map((c) => c.id)).toEqual(['a', 'c', 'e', 'b', 'd']);
  });
});

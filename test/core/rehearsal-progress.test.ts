import { describe, expect, it } from 'vitest';
import { SEED_SECTION_IDS } from '../../src/core/guide/sections';
import type { Guide } from '../../src/core/guide/schema';
import {
  emptyProgress,
  MAX_ATTEMPTS,
  recordAttempt,
  recordReview,
  type Attempt,
  type RehearsalProgress,
} from '../../src/core/rehearsal/progress';
import { reviewCard } from '../../src/core/rehearsal/schedule';
import type { Flashcard } from '../../src/core/rehearsal/schema';
import { progressStats } from '../../src/core/rehearsal/stats';
import { createRehearsalStore, migrateProgress, type RehearsalBacking } from '../../src/core/rehearsal/store';

const now = new Date('2026-03-02T09:00:00.000Z');
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();
const attempt = (over: Partial<Attempt>): Attempt => ({
  scenario: 's', guide: 'messaging', section: 'messaging-events', picked: 'sqs-fifo', outcomeRight: true, deciderRight: true, seconds: 30, mode: 'drill', at: at(0), ...over,
});

function memoryBacking(initial?: unknown) {
  const state = { value: initial, aside: [] as unknown[] };
  const backing: RehearsalBacking = {
    read: () => state.value,
    write: (p) => void (state.value = structuredClone(p)),
    setAside: (raw) => void state.aside.push(raw),
  };
  return { state, backing };
}

describe('rehearsal progress store', () => {
  it('starts empty and keeps what was saved', async () => {
    const { backing } = memoryBacking();
    const store = createRehearsalStore(backing);
    expect(await store.get()).toEqual(emptyProgress());
    const saved = recordAttempt(emptyProgress(), attempt({}));
    await store.save(saved);
    expect(await store.get()).toEqual(saved);
  });

  it.each([
    ['unparseable text', '{not json'],
    ['an unknown version', { version: 9, cards: {}, reviews: [], attempts: [] }],
    ['a bad card state', { version: 1, cards: { a: { due: 'yesterday' } }, reviews: [], attempts: [] }],
    ['an extra key', { ...emptyProgress(), extra: true }],
  ])('falls back to empty progress on %s and keeps the bad value aside', async (_name, bad) => {
    const { state, backing } = memoryBacking(bad);
    const store = createRehearsalStore(backing);
    expect(await store.get()).toEqual(emptyProgress());
    expect(state.aside).toEqual([bad]);
    expect(state.value).toEqual(emptyProgress());
    // set aside once: the next read finds valid (empty) progress
    await store.get();
    expect(state.aside).toHaveLength(1);
  });

  it('refuses to save invalid progress', async () => {
    const store = createRehearsalStore(memoryBacking().backing);
    await expect(store.save({ ...emptyProgress(), version: 2 } as unknown as RehearsalProgress)).rejects.toThrow();
  });

  it('migrates nothing into empty progress without reporting corruption', () => {
    expect(migrateProgress(undefined)).toEqual({ progress: emptyProgress(), corrupt: false });
  });

  it('caps the attempt history, dropping the oldest', () => {
    let progress = emptyProgress();
    for (let i = 0; i < MAX_ATTEMPTS + 3; i++) progress = recordAttempt(progress, attempt({ scenario: `s${i}` }));
    expect(progress.attempts).toHaveLength(MAX_ATTEMPTS);
    expect(progress.attempts[0]!.scenario).toBe('s3');
  });
});

describe('progress statistics', () => {
  const cards: Flashcard[] = [
    { id: 'fifo', section: 'messaging-events', kind: 'limit', front: 'FIFO?', back: '3,000/s', guides: ['messaging'] },
    { id: 'shard', section: 'messaging-events', kind: 'limit', front: 'Shard?', back: '1 MB/s', guides: ['messaging'] },
    { id: 'warm', section: 'ha-dr', kind: 'threshold', front: 'Warm?', back: 'RPO < 1 min', guides: ['disaster-recovery'] },
  ];
  const guides = [
    { id: 'messaging', title: 'Messaging backbone' },
    { id: 'disaster-recovery', title: 'Disaster recovery strategy' },
  ] as Guide[];

  let progress = emptyProgress();
  progress = recordAttempt(progress, attempt({ at: at(1), outcomeRight: false }));
  progress = recordAttempt(progress, attempt({ at: at(2) }));
  progress = recordAttempt(progress, attempt({ at: at(3), guide: 'disaster-recovery', section: 'ha-dr', outcomeRight: false }));
  progress = recordReview(progress, { card: 'fifo', rating: 'good', at: at(4) }, reviewCard(undefined, 'good', new Date(at(4))));
  progress = recordReview(progress, { card: 'warm', rating: 'again', at: at(5) }, reviewCard(undefined, 'again', new Date(at(5))));
  progress = recordReview(progress, { card: 'shard', rating: 'hard', at: at(6) }, reviewCard(undefined, 'hard', new Date(at(6))));
  const stats = progressStats(progress, cards, guides, new Date(at(60 * 24)));
  const section = (id: string) => stats.sections.find((s) => s.id === id)!;

  it('counts scenario answers and flashcard recalls per seed section, Hard as recalled', () => {
    expect(section('messaging-events')).toMatchObject({ answered: 4, correct: 3, accuracy: 0.75, streak: 3 });
    expect(section('ha-dr')).toMatchObject({ answered: 2, correct: 0, accuracy: 0, streak: 0 });
    expect(section('observability')).toMatchObject({ answered: 0, accuracy: null, streak: 0 });
    expect(stats.sections.map((s) => s.id)).toEqual(SEED_SECTION_IDS);
  });

  it('counts per guide, including the cards that name the guide', () => {
    expect(stats.guides.find((g) => g.id === 'messaging')).toMatchObject({ answered: 4, correct: 3, streak: 3 });
    expect(stats.guides.find((g) => g.id === 'disaster-recovery')).toMatchObject({ answered: 2, correct: 0 });
  });

  it('lists the weakest practised topics first and counts due cards', () => {
    expect(new Set(stats.weakest.map((t) => t.id).slice(0, 2))).toEqual(new Set(['ha-dr', 'disaster-recovery']));
    expect(stats.weakest.at(-1)!.accuracy).toBe(0.75);
    expect(stats.weakest.every((t) => t.answered > 0)).toBe(true);
    expect(stats.totals).toMatchObject({ answered: 6, correct: 3, streak: 1, due: 3, unseen: 0 });
    expect(section('ha-dr').due).toBe(1);
  });
});

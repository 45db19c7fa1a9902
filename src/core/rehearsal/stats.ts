import { SEED_SECTIONS, SEED_SECTION_IDS } from '../guide/sections';
import type { Guide } from '../guide/schema';
import type { RehearsalProgress } from './progress';
import type { Flashcard } from './schema';

/** Accuracy and streak for one topic: a seed section or a guide. */
export type TopicStat = {
  kind: 'section' | 'guide';
  id: string;
  title: string;
  answered: number;
  correct: number;
  /** correct / answered, or null before the first answer */
  accuracy: number | null;
  /** consecutive right answers, counting back from the latest */
  streak: number;
  /** flashcards of this topic due for review now */
  due: number;
};

type Event = { at: string; right: boolean; sections: string[]; guides: string[] };

/** Every answer the user gave, scenario or flashcard, as one timeline. */
function events(progress: RehearsalProgress, cards: readonly Flashcard[]): Event[] {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const list: Event[] = progress.attempts.map((a) => ({ at: a.at, right: a.outcomeRight, sections: [a.section], guides: [a.guide] }));
  for (const r of progress.reviews) {
    const card = byId.get(r.card);
    // Hard still means recalled; only Again counts as a miss.
    if (card) list.push({ at: r.at, right: r.rating !== 'again', sections: [card.section], guides: card.guides ?? [] });
  }
  return list.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

function stat(kind: TopicStat['kind'], id: string, title: string, mine: Event[], due: number): TopicStat {
  const correct = mine.filter((e) => e.right).length;
  let streak = 0;
  for (let i = mine.length - 1; i >= 0 && mine[i]!.right; i--) streak++;
  return { kind, id, title, answered: mine.length, correct, accuracy: mine.length ? correct / mine.length : null, streak, due };
}

export type ProgressStats = {
  sections: TopicStat[];
  guides: TopicStat[];
  /** practised topics, weakest first; unpractised ones are left out */
  weakest: TopicStat[];
  totals: { answered: number; correct: number; streak: number; due: number; unseen: number };
};

/** Laplace-smoothed accuracy: one miss in one try is not as weak as ten in ten. */
const smoothed = (t: TopicStat) => (t.correct + 1) / (t.answered + 2);

export function progressStats(progress: RehearsalProgress, cards: readonly Flashcard[], guides: readonly Guide[], now: Date): ProgressStats {
  const all = events(progress, cards);
  const isDue = (c: Flashcard) => {
    const state = progress.cards[c.id];
    return state !== undefined && Date.parse(state.due) <= now.getTime();
  };
  const sections = SEED_SECTION_IDS.map((id) =>
    stat('section', id, SEED_SECTIONS[id], all.filter((e) => e.sections.includes(id)), cards.filter((c) => c.section === id && isDue(c)).length),
  );
  const guideStats = guides.map((g) =>
    stat('guide', g.id, g.title, all.filter((e) => e.guides.includes(g.id)), cards.filter((c) => c.guides?.includes(g.id) && isDue(c)).length),
  );
  const weakest = [...sections, ...guideStats]
    .filter((t) => t.answered > 0)
    .sort((a, b) => smoothed(a) - smoothed(b) || b.answered - a.answered || a.title.localeCompare(b.title));
  const total = stat('section', 'all', 'All', all, 0);
  return {
    sections,
    guides: guideStats,
    weakest,
    totals: {
      answered: total.answered,
      correct: total.correct,
      streak: total.streak,
      due: cards.filter(isDue).length,
      unseen: cards.filter((c) => !progress.cards[c.id]).length,
    },
  };
}

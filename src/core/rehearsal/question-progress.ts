import { SEED_SECTION_IDS, SEED_SECTIONS, type SeedSectionId } from '../guide/sections';
import { attemptCoverage, MAX_QUESTION_ATTEMPTS, questionAttemptSchema, type QuestionAttempt } from './question-attempt';
import { ratingForCoverage } from './question-check';
import type { InterviewQuestion } from './question-schema';
import { cardStateSchema, type CardState, type RehearsalProgress } from './progress';
import { reviewCard } from './schedule';

/*
 * Interview-question progress lives inside rehearsal progress (progress.questions), so it is
 * saved, validated and set aside exactly like flashcard progress. Each attempt is also an
 * FSRS review rated by coverage, so a weakly answered question comes back sooner.
 */

type QuestionProgress = NonNullable<RehearsalProgress['questions']>;
const empty = (): QuestionProgress => ({ cards: {}, attempts: [] });

export const questionProgressOf = (progress: RehearsalProgress): QuestionProgress => progress.questions ?? empty();

/** Pure: the progress with one more answered question and its new scheduler state. Throws on an invalid attempt. */
export function recordQuestionAttempt(progress: RehearsalProgress, attempt: QuestionAttempt): RehearsalProgress {
  const valid = questionAttemptSchema.parse(attempt);
  const current = questionProgressOf(progress);
  const state = reviewCard(current.cards[valid.question], ratingForCoverage(attemptCoverage(valid)), new Date(valid.at));
  const attempts = [...current.attempts, valid];
  return {
    ...progress,
    questions: {
      cards: { ...current.cards, [valid.question]: cardStateSchema.parse(state) },
      attempts: attempts.length > MAX_QUESTION_ATTEMPTS ? attempts.slice(attempts.length - MAX_QUESTION_ATTEMPTS) : attempts,
    },
  };
}

const isDue = (state: CardState | undefined, now: Date) => state !== undefined && Date.parse(state.due) <= now.getTime();

/**
 * The order to practise in: questions due for review (most overdue first), then questions
 * never answered (round-robin over sections), then the rest by due date. Ties keep bank order.
 */
export function questionQueue(questions: readonly InterviewQuestion[], progress: RehearsalProgress, now: Date): InterviewQuestion[] {
  const { cards } = questionProgressOf(progress);
  const order = new Map(questions.map((q, i) => [q.id, i]));
  const byDue = (a: InterviewQuestion, b: InterviewQuestion) =>
    Date.parse(cards[a.id]!.due) - Date.parse(cards[b.id]!.due) || order.get(a.id)! - order.get(b.id)!;
  const due = questions.filter((q) => isDue(cards[q.id], now)).sort(byDue);
  const later = questions.filter((q) => cards[q.id] && !isDue(cards[q.id], now)).sort(byDue);
  const lanes = SEED_SECTION_IDS.map((s) => questions.filter((q) => !cards[q.id] && q.section === s));
  const fresh: InterviewQuestion[] = [];
  for (let i = 0; lanes.some((l) => l[i]); i++) for (const lane of lanes) if (lane[i]) fresh.push(lane[i]!);
  return [...due, ...fresh, ...later];
}

export type QuestionStat = {
  id: string;
  attempts: number;
  /** coverage of the latest attempt, 0..1, or null when never answered */
  last: number | null;
  best: number | null;
  due: boolean;
  /** key-point ids missed in the latest attempt */
  lastMissed: string[];
};

export type QuestionSectionStat = {
  id: SeedSectionId;
  title: string;
  questions: number;
  practised: number;
  /** mean of each practised question's latest coverage, or null */
  coverage: number | null;
  due: number;
};

/** Per-question and per-section figures for the progress page, in bank order. */
export function questionStats(questions: readonly InterviewQuestion[], progress: RehearsalProgress, now: Date): { questions: QuestionStat[]; sections: QuestionSectionStat[] } {
  const { cards, attempts } = questionProgressOf(progress);
  const perQuestion = questions.map((q): QuestionStat => {
    const mine = attempts.filter((a) => a.question === q.id);
    const latest = mine.at(-1);
    const ids = new Set(q.keyPoints.map((p) => p.id));
    return {
      id: q.id,
      attempts: mine.length,
      last: latest ? attemptCoverage(latest) : null,
      best: mine.length ? Math.max(...mine.map(attemptCoverage)) : null,
      due: isDue(cards[q.id], now),
      lastMissed: latest ? [...ids].filter((id) => !latest.covered.includes(id)) : [],
    };
  });
  const sections = SEED_SECTION_IDS.map((id): QuestionSectionStat => {
    const inSection = perQuestion.filter((_, i) => questions[i]!.section === id);
    const practised = inSection.filter((s) => s.last !== null);
    return {
      id,
      title: SEED_SECTIONS[id],
      questions: inSection.length,
      practised: practised.length,
      coverage: practised.length ? practised.reduce((sum, s) => sum + s.last!, 0) / practised.length : null,
      due: inSection.filter((s) => s.due).length,
    };
  });
  return { questions: perQuestion, sections };
}

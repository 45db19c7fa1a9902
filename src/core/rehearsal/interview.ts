import { SEED_SECTIONS, type SeedSectionId } from '../guide/sections';
import type { RehearsalProgress } from './progress';
import type { QuestionAttempt } from './question-attempt';
import { scoreCoverage, type Coverage } from './question-check';
import { questionQueue } from './question-progress';
import type { InterviewQuestion } from './question-schema';

/*
 * The mock interview: questions drawn across sections (or one), each answered on a clock,
 * checked against its key points, then probed with a follow-up. Pure; the screen only
 * keeps the answers and calls these.
 */

/** The clocks a candidate can choose per question, in minutes (as for practice). */
export const CLOCK_MINUTES = [2, 5, 10] as const;
export type ClockMinutes = (typeof CLOCK_MINUTES)[number];
export const INTERVIEW_SIZES = [3, 5, 8] as const;

export type InterviewPlan = { section: SeedSectionId | 'all'; count: number; minutes: ClockMinutes };

/**
 * The questions for one interview: the practice queue (due first, then unseen round-robin
 * over sections, then the rest), limited to a section when one is chosen. Weak answers are
 * due sooner, so they come back into interviews first.
 */
export function drawInterview(questions: readonly InterviewQuestion[], progress: RehearsalProgress, now: Date, plan: Pick<InterviewPlan, 'section' | 'count'>): InterviewQuestion[] {
  const pool = plan.section === 'all' ? questions : questions.filter((q) => q.section === plan.section);
  return questionQueue(pool, progress, now).slice(0, Math.max(1, plan.count));
}

/** The follow-up asked after the n-th question of an interview: rotates so repeats differ. */
export const followUpFor = (question: InterviewQuestion, n: number): string => question.followUps[n % question.followUps.length]!;

export type InterviewAnswer = {
  question: InterviewQuestion;
  answer: string;
  ticked: readonly string[];
  /** seconds spent on the main answer */
  seconds: number;
  followUp: string;
  followUpAnswer: string;
};

export type InterviewItem = InterviewAnswer & { coverage: Coverage; overTime: boolean };

export type InterviewSummary = {
  items: InterviewItem[];
  limitSeconds: number;
  totalSeconds: number;
  /** mean coverage over the questions, 0..1 */
  coverage: number;
  /** sections in the interview, weakest coverage first */
  sections: { id: SeedSectionId; title: string; coverage: number; questions: number }[];
};

export function summariseInterview(answers: readonly InterviewAnswer[], minutes: ClockMinutes): InterviewSummary {
  const limitSeconds = minutes * 60;
  const items = answers.map((a) => ({ ...a, coverage: scoreCoverage(a.question, a.ticked), overTime: a.seconds > limitSeconds }));
  const bySection = new Map<SeedSectionId, number[]>();
  for (const item of items) bySection.set(item.question.section, [...(bySection.get(item.question.section) ?? []), item.coverage.coverage]);
  const sections = [...bySection.entries()]
    .map(([id, list]) => ({ id, title: SEED_SECTIONS[id], coverage: list.reduce((s, c) => s + c, 0) / list.length, questions: list.length }))
    .sort((a, b) => a.coverage - b.coverage);
  return {
    items,
    limitSeconds,
    totalSeconds: items.reduce((s, i) => s + i.seconds, 0),
    coverage: items.length ? items.reduce((s, i) => s + i.coverage.coverage, 0) / items.length : 0,
    sections,
  };
}

/** The interview's answers as progress attempts (one FSRS review each). */
export function interviewAttempts(summary: InterviewSummary, at: Date): QuestionAttempt[] {
  return summary.items.map((item) => {
    const attempt: QuestionAttempt = {
      question: item.question.id,
      section: item.question.section,
      covered: item.coverage.covered.map((p) => p.id),
      total: item.question.keyPoints.length,
      answeredBy: item.answer.trim() ? 'typed' : 'spoken',
      context: 'interview',
      seconds: Math.round(item.seconds),
      limitSeconds: summary.limitSeconds,
      at: at.toISOString(),
    };
    if (item.answer.trim()) attempt.answer = item.answer.slice(0, 3000);
    return attempt;
  });
}

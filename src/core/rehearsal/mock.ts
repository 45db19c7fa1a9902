import { SEED_SECTIONS, type SeedSectionId } from '../guide/sections';
import type { Guide } from '../guide/schema';
import { gradePick, MAX_POINTS, type Grade, type Pick } from './drill';
import type { Attempt } from './progress';
import type { Scenario } from './schema';

export const MOCK_SIZE = 5;
export const MOCK_SECONDS = 15 * 60;

/** A small seeded generator (mulberry32), so a mock round can be replayed in tests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Five scenarios across guides, one per guide while guides last. Within a guide, scenarios
 * never tried or last got wrong come first, so repeated rounds go where the user is weak.
 */
export function pickMockScenarios(
  scenarios: readonly Scenario[],
  attempts: readonly Attempt[],
  random: () => number,
  size = MOCK_SIZE,
): Scenario[] {
  const last = new Map<string, boolean>();
  for (const a of attempts) last.set(a.scenario, a.outcomeRight);
  const weight = (s: Scenario) => (last.get(s.id) === true ? 1 : 0);
  const byGuide = new Map<string, Scenario[]>();
  for (const s of scenarios) byGuide.set(s.guide, [...(byGuide.get(s.guide) ?? []), s]);
  const lanes = shuffle([...byGuide.values()], random).map((lane) =>
    shuffle(lane, random).sort((a, b) => weight(a) - weight(b)),
  );
  const picked: Scenario[] = [];
  for (let round = 0; picked.length < size && lanes.some((l) => l.length > round); round++) {
    for (const lane of lanes) if (lane[round] && picked.length < size) picked.push(lane[round]!);
  }
  return picked;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** One scenario of a round as answered: the pick is null when time ran out first. */
export type MockAnswer = { scenario: Scenario; pick: Pick | null; seconds: number };

export type MockItem = MockAnswer & { guide: Guide; grade: Grade };

export type MockSummary = {
  items: MockItem[];
  points: number;
  maxPoints: number;
  outcomesRight: number;
  decidersRight: number;
  totalSeconds: number;
  timedOut: boolean;
  /** sections of the scenarios with a wrong or missing pick, most misses first */
  revisit: { section: SeedSectionId; title: string; misses: number }[];
};

const NO_GRADE: Grade = { outcomeRight: false, outcomeDefensible: false, deciderRight: false, decisive: [], points: 0 };

export function summariseMock(answers: readonly MockAnswer[], guides: readonly Guide[], timedOut: boolean): MockSummary {
  const items = answers.flatMap((answer) => {
    const guide = guides.find((g) => g.id === answer.scenario.guide);
    if (!guide) return [];
    const grade = answer.pick ? gradePick(guide, answer.scenario, answer.pick) : NO_GRADE;
    return [{ ...answer, guide, grade }];
  });
  const misses = new Map<SeedSectionId, number>();
  for (const item of items) {
    if (item.grade.points < MAX_POINTS) misses.set(item.scenario.section, (misses.get(item.scenario.section) ?? 0) + 1);
  }
  return {
    items,
    points: items.reduce((n, i) => n + i.grade.points, 0),
    maxPoints: items.length * MAX_POINTS,
    outcomesRight: items.filter((i) => i.grade.outcomeRight).length,
    decidersRight: items.filter((i) => i.grade.deciderRight).length,
    totalSeconds: items.reduce((n, i) => n + i.seconds, 0),
    timedOut,
    revisit: [...misses.entries()]
      .map(([section, count]) => ({ section, title: SEED_SECTIONS[section], misses: count }))
      .sort((a, b) => b.misses - a.misses || a.title.localeCompare(b.title)),
  };
}

/**
 * The attempts a finished round adds to progress. Scenarios the clock never reached (no
 * pick, no time spent) are left out: the user never saw them, so they say nothing about skill.
 */
export function mockAttempts(summary: MockSummary, at: Date): Attempt[] {
  return summary.items.filter((item) => item.pick || item.seconds > 0).map((item) => ({
    scenario: item.scenario.id,
    guide: item.scenario.guide,
    section: item.scenario.section,
    picked: item.pick?.outcome ?? null,
    outcomeRight: item.grade.outcomeRight,
    deciderRight: item.grade.deciderRight,
    seconds: Math.round(item.seconds),
    mode: 'mock',
    at: at.toISOString(),
  }));
}

/** 75 → "1:15"; the clock format on screen and in the export. */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

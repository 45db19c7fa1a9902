import type { CatalogIndex } from '../catalog/load';
import { formatAnswer, questionById } from '../guide/answers';
import { decide } from '../guide/decide';
import { whyNotLine } from '../guide/why-not';
import type { Guide } from '../guide/schema';
import { buildRecommendation } from '../recommendation/build';
import type { Recommendation } from '../recommendation/types';
import { conflictsWith, isDecisive } from './paths';
import type { Scenario } from './schema';

/** What the user commits to before the reveal. */
export type Pick = { outcome: string; decidedBy: string | null };

export type Grade = {
  outcomeRight: boolean;
  /** the pick is one of the scenario's `alternatives`: defensible when its condition holds, so it scores */
  outcomeDefensible: boolean;
  /** the requirement named is one of the scenario's decisive answers (any of them, not one key) */
  deciderRight: boolean;
  /** every answer on the path that, changed alone, changes the outcome (see decisiveAnswers) */
  decisive: string[];
  points: number;
};
export const MAX_POINTS = 2;

/**
 * The answers on the scenario's path that decide it: those for which some other answer,
 * everything else kept, lets the guide reach another outcome (the guide's own rules via
 * isDecisive, the same search the why-not lines rest on). In path order; never empty for
 * a scenario that lints clean, since its `decidedBy` is one of them.
 */
export function decisiveAnswers(guide: Guide, scenario: Scenario): string[] {
  const decision = decide(guide, scenario.answers);
  if (decision.status !== 'outcome') return [];
  return decision.path.map((s) => s.question).filter((q) => isDecisive(guide, scenario.answers, scenario.expected, q));
}

/**
 * One point for the service (the guide's outcome, or an alternative the scenario lists as
 * defensible), one for naming any requirement that decides it.
 */
export function gradePick(guide: Guide, scenario: Scenario, pick: Pick): Grade {
  const outcomeRight = pick.outcome === scenario.expected;
  const outcomeDefensible = !outcomeRight && (scenario.alternatives ?? []).some((a) => a.outcome === pick.outcome);
  const decisive = decisiveAnswers(guide, scenario);
  const deciderRight = pick.decidedBy !== null && decisive.includes(pick.decidedBy);
  return { outcomeRight, outcomeDefensible, deciderRight, decisive, points: Number(outcomeRight || outcomeDefensible) + Number(deciderRight) };
}

export type PathStep = { question: string; prompt: string; answer: string; decider: boolean };

/** The guide's walk with the scenario's answers, in the order it asks them; every decisive answer is marked. */
export function scenarioPath(guide: Guide, scenario: Scenario): PathStep[] {
  const decision = decide(guide, scenario.answers);
  const decisive = new Set(decisiveAnswers(guide, scenario));
  return decision.path.flatMap((step) => {
    const question = questionById(guide, step.question);
    const value = decision.answers[step.question];
    if (!question || value === undefined) return [];
    return [{ question: question.id, prompt: question.prompt, answer: formatAnswer(question, value), decider: decisive.has(question.id) }];
  });
}

/** The recommendation the guide gives for the scenario: rationale, services, facts. */
export function scenarioRecommendation(guide: Guide, catalog: CatalogIndex, scenario: Scenario): Recommendation {
  const decision = decide(guide, scenario.answers);
  if (decision.status !== 'outcome') throw new Error(`scenario ${scenario.id} does not reach an outcome`);
  return buildRecommendation(guide, catalog, decision);
}

/** "X would need <needed> for <prompt>, but here it is <given>." */
export type RulingAnswer = { question: string; prompt: string; given: string; needed: string };

export type Alternative = {
  outcome: string;
  title: string;
  /** the computed why-not line, as the recommendation shows it (guide/why-not.ts) */
  whyNot: string;
  /** the line without its first sentence (the ruling answer, which `ruledOutBy` holds): the guide's reason, then the change */
  reason: string;
  /** the scenario's answer that rules it out, then the other answers the smallest change alters */
  ruledOutBy: RulingAnswer[];
};

/**
 * Why the guide does not land on `outcome` for this scenario: the same computed line the
 * recommendation, the exports and the CLI show, so the reveal never tells a different story.
 */
export function explainAlternative(guide: Guide, scenario: Scenario, outcome: string): Alternative {
  const alternative = guide.outcomes.find((o) => o.id === outcome);
  const decision = decide(guide, scenario.answers);
  if (!alternative || decision.status !== 'outcome' || decision.outcome === outcome) {
    return { outcome, title: alternative?.title ?? outcome, whyNot: '', reason: '', ruledOutBy: [] };
  }
  const line = whyNotLine(guide, decision, alternative);
  const ruled = questionById(guide, line.ruledOutBy.question)!;
  const first: RulingAnswer = { question: ruled.id, prompt: ruled.prompt, given: formatAnswer(ruled, line.ruledOutBy.value), needed: line.ruledOutBy.needs };
  const more = line.changes
    .filter((c) => c.question !== ruled.id)
    .map((c) => ({ question: c.question, prompt: c.prompt, given: c.given ?? '', needed: c.needs }));
  const reason = [line.explanation, line.sentences.change].filter(Boolean).join(' ');
  return { outcome, title: line.title, whyNot: line.text, reason, ruledOutBy: [first, ...more] };
}

/**
 * The alternatives to defend the choice against: the scenario's own list, else the one or
 * two outcomes the fewest answer changes away (the most tempting wrong picks).
 */
export function defendAgainst(guide: Guide, scenario: Scenario, count = 2): Alternative[] {
  const ids =
    scenario.defend ??
    guide.outcomes
      .filter((o) => o.id !== scenario.expected)
      .map((o, i) => ({ id: o.id, i, distance: conflictsWith(guide, scenario.answers, o.id)?.length ?? Infinity }))
      .sort((a, b) => a.distance - b.distance || a.i - b.i)
      .map((o) => o.id);
  return ids.slice(0, count).map((id) => explainAlternative(guide, scenario, id));
}

/** The next scenario to practise: the first after `current` never tried, else simply the next one. */
export function nextScenario(list: readonly Scenario[], current: string | null, tried: ReadonlySet<string>): Scenario | undefined {
  if (list.length === 0) return undefined;
  const start = current ? list.findIndex((s) => s.id === current) + 1 : 0;
  const rotated = [...list.slice(start), ...list.slice(0, start)];
  return rotated.find((s) => !tried.has(s.id) && s.id !== current) ?? rotated.find((s) => s.id !== current) ?? rotated[0];
}

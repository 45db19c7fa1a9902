import type { CatalogIndex } from '../catalog/load';
import { fillTemplate, formatAnswer, questionById } from '../guide/answers';
import { decide } from '../guide/decide';
import type { AnswerValue, Guide, Question } from '../guide/schema';
import { buildRecommendation } from '../recommendation/build';
import type { Recommendation } from '../recommendation/types';
import { conflictsWith, isDecisive, type Conflict } from './paths';
import type { Scenario } from './schema';

/** What the user commits to before the reveal. */
export type Pick = { outcome: string; decidedBy: string | null };

export type Grade = {
  outcomeRight: boolean;
  deciderRight: boolean;
  /** the requirement picked is not the scenario's, but changing it would change the outcome too */
  deciderAlsoMatters: boolean;
  points: number;
};
export const MAX_POINTS = 2;

/** One point for the right service, one for naming the requirement that decides it. */
export function gradePick(guide: Guide, scenario: Scenario, pick: Pick): Grade {
  const outcomeRight = pick.outcome === scenario.expected;
  const deciderRight = pick.decidedBy === scenario.decidedBy;
  const deciderAlsoMatters =
    !deciderRight && pick.decidedBy !== null && isDecisive(guide, scenario.answers, scenario.expected, pick.decidedBy);
  return { outcomeRight, deciderRight, deciderAlsoMatters, points: Number(outcomeRight) + Number(deciderRight) };
}

export type PathStep = { question: string; prompt: string; answer: string; decider: boolean };

/** The guide's walk with the scenario's answers, in the order it asks them. */
export function scenarioPath(guide: Guide, scenario: Scenario): PathStep[] {
  const decision = decide(guide, scenario.answers);
  return decision.path.flatMap((step) => {
    const question = questionById(guide, step.question);
    const value = decision.answers[step.question];
    if (!question || value === undefined) return [];
    return [{ question: question.id, prompt: question.prompt, answer: formatAnswer(question, value), decider: question.id === scenario.decidedBy }];
  });
}

/** The recommendation the guide gives for the scenario: rationale, services, facts. */
export function scenarioRecommendation(guide: Guide, catalog: CatalogIndex, scenario: Scenario): Recommendation {
  const decision = decide(guide, scenario.answers);
  if (decision.status !== 'outcome') throw new Error(`scenario ${scenario.id} does not reach an outcome`);
  return buildRecommendation(guide, catalog, decision);
}

/** A choice label or a band label: what an answer class means to a person. */
function classLabel(question: Question, cls: string, value: AnswerValue): string {
  if (question.kind === 'choice') return question.choices.find((c) => c.value === cls)?.label ?? cls;
  return question.bands.find((b) => b.id === cls)?.label ?? formatAnswer(question, value);
}

/** "X would need <needed> for <prompt>, but here it is <given>." */
export type RulingAnswer = { question: string; prompt: string; given: string; needed: string };

function describeConflict(guide: Guide, conflict: Conflict): RulingAnswer | undefined {
  const question = questionById(guide, conflict.question);
  if (!question) return undefined;
  return {
    question: question.id,
    prompt: question.prompt,
    given: formatAnswer(question, conflict.given),
    needed: classLabel(question, conflict.neededClass, conflict.needed),
  };
}

export type Alternative = {
  outcome: string;
  title: string;
  /** the guide's own reason, for these answers, not to pick this alternative */
  whyNot: string;
  /** the scenario's answers that rule it out, first one first */
  ruledOutBy: RulingAnswer[];
};

/** Why the guide does not land on `outcome` for this scenario, in its own words and answers. */
export function explainAlternative(guide: Guide, scenario: Scenario, outcome: string): Alternative {
  const expected = guide.outcomes.find((o) => o.id === scenario.expected);
  const alternative = guide.outcomes.find((o) => o.id === outcome);
  const conflicts = conflictsWith(guide, scenario.answers, outcome, scenario.decidedBy) ?? [];
  return {
    outcome,
    title: alternative?.title ?? outcome,
    whyNot: fillTemplate(guide, expected?.whyNot[outcome] ?? '', decide(guide, scenario.answers).answers),
    ruledOutBy: conflicts.flatMap((c) => describeConflict(guide, c) ?? []),
  };
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

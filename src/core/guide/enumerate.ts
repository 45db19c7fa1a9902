import { answerStep } from './answers';
import { conditionRefs, holds } from './conditions';
import type { AnswerValue, Answers, Guide, NumberQuestion, Question } from './schema';
import type { Step } from './decide';
import { parseTarget } from './targets';

/** One value that falls inside a band: its lower edge, nudged up to a whole number if needed. */
export function bandSample(question: NumberQuestion, bandIndex: number): number | undefined {
  const lower = bandIndex === 0 ? question.min : question.bands[bandIndex - 1]!.below!;
  const upper = question.bands[bandIndex]!.below ?? Number.POSITIVE_INFINITY;
  const step = answerStep(question);
  const value = step === 0 ? lower : Number((Math.ceil(Number((lower / step).toFixed(6))) * step).toFixed(6));
  const inside = value >= question.min && value <= question.max && value < upper;
  return inside ? value : undefined;
}

/** One representative answer per answer class: every choice, and one number per band. */
export function sampleAnswers(question: Question): { cls: string; value: AnswerValue }[] {
  if (question.kind === 'choice') return question.choices.map((c) => ({ cls: c.value, value: c.value }));
  return question.bands.flatMap((band, i) => {
    const value = bandSample(question, i);
    return value === undefined ? [] : [{ cls: band.id, value }];
  });
}

/** Questions some transition rule reads: only their answer classes change where a path goes. */
export function routingQuestions(guide: Guide): Set<string> {
  const ids: string[] = [];
  guide.questions.forEach((q) => q.next.forEach((t) => conditionRefs(t.when, ids)));
  return new Set(ids);
}

/**
 * The answers a walk tries at each question: every class of a routing question, one value
 * of any other. Answers that never steer a path multiply paths without changing any.
 */
export function walkSamples(guide: Guide, alsoVary: Iterable<string> = []): Map<string, { cls: string; value: AnswerValue }[]> {
  const routing = new Set([...routingQuestions(guide), ...alsoVary]);
  return new Map(
    guide.questions.map((q) => {
      const all = sampleAnswers(q);
      return [q.id, routing.has(q.id) ? all : all.slice(0, 1)];
    }),
  );
}

export type GuidePath = { steps: Step[]; answers: Answers; outcome: string };
export type DeadEnd = { question: string; answers: Answers };
export type Enumeration = {
  paths: GuidePath[];
  deadEnds: DeadEnd[];
  cycles: string[][];
  missingTargets: { question: string; to: string }[];
  truncated: boolean;
};

/**
 * Every path through a guide over every answer class of the questions that steer it.
 * Conditions only compare choice values and bands, so this walk is exhaustive: if it finds
 * no dead end, there is none.
 */
export function enumeratePaths(guide: Guide, options: { limit?: number; alsoVary?: Iterable<string> } = {}): Enumeration {
  const limit = options.limit ?? 200_000;
  const result: Enumeration = { paths: [], deadEnds: [], cycles: [], missingTargets: [], truncated: false };
  const byId = new Map(guide.questions.map((q) => [q.id, q]));
  const outcomeIds = new Set(guide.outcomes.map((o) => o.id));
  const samples = walkSamples(guide, options.alsoVary);

  const walk = (questionId: string, answers: Answers, steps: Step[], trail: string[]) => {
    if (result.paths.length + result.deadEnds.length >= limit) return void (result.truncated = true);
    const question = byId.get(questionId);
    if (!question) return;
    if (trail.includes(questionId)) return void result.cycles.push([...trail, questionId]);
    for (const sample of samples.get(questionId) ?? []) {
      const next = { ...answers, [questionId]: sample.value };
      const rule = question.next.findIndex((t) => holds(guide, t.when, next));
      if (rule < 0) {
        result.deadEnds.push({ question: questionId, answers: next });
        continue;
      }
      const to = question.next[rule]!.to;
      const target = parseTarget(to);
      const nextSteps = [...steps, { question: questionId, rule }];
      const known = target.kind === 'outcome' ? outcomeIds.has(target.id) : byId.has(target.id);
      if (!known) result.missingTargets.push({ question: questionId, to });
      else if (target.kind === 'outcome') result.paths.push({ steps: nextSteps, answers: next, outcome: target.id });
      else walk(target.id, next, nextSteps, [...trail, questionId]);
    }
  };
  walk(guide.start, {}, [], []);
  return result;
}

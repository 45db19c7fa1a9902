import { answerClass, questionById } from '../guide/answers';
import { decide } from '../guide/decide';
import { enumeratePaths, routingQuestions, sampleAnswers, type GuidePath } from '../guide/enumerate';
import type { AnswerValue, Answers, Guide } from '../guide/schema';
import { holds } from '../guide/conditions';
import { parseTarget } from '../guide/targets';

/*
 * Counterfactual questions over a guide: "which outcomes could these answers still reach?"
 * and "what would have to change to reach that other outcome?". They explain a wrong pick
 * with the guide's own rules instead of hand-written hints that could drift from it.
 */

/** Outcomes reachable when the given answers are fixed and every other question may take any answer class. */
export function reachableOutcomes(guide: Guide, fixed: Answers): Set<string> {
  const found = new Set<string>();
  const byId = new Map(guide.questions.map((q) => [q.id, q]));
  const walk = (questionId: string, answers: Answers, depth: number) => {
    const question = byId.get(questionId);
    if (!question || depth > guide.questions.length) return;
    const options: AnswerValue[] =
      fixed[questionId] !== undefined ? [fixed[questionId]!] : sampleAnswers(question).map((s) => s.value);
    for (const value of options) {
      const next = { ...answers, [questionId]: value };
      const rule = question.next.find((t) => holds(guide, t.when, next));
      if (!rule) continue;
      const target = parseTarget(rule.to);
      if (target.kind === 'outcome') found.add(target.id);
      else walk(target.id, next, depth + 1);
    }
  };
  walk(guide.start, {}, 0);
  return found;
}

/**
 * Does this answer decide the outcome? It does when some other answer class for the same
 * question, all else equal, can lead somewhere else.
 */
export function isDecisive(guide: Guide, answers: Answers, expected: string, questionId: string): boolean {
  const question = questionById(guide, questionId);
  const given = answers[questionId];
  if (!question || given === undefined) return false;
  const current = answerClass(question, given);
  return sampleAnswers(question)
    .filter((s) => s.cls !== current)
    .some((s) => [...reachableOutcomes(guide, { ...answers, [questionId]: s.value })].some((o) => o !== expected));
}

const pathCache = new WeakMap<Guide, GuidePath[]>();
function allPaths(guide: Guide): GuidePath[] {
  let paths = pathCache.get(guide);
  if (!paths) pathCache.set(guide, (paths = enumeratePaths(guide).paths));
  return paths;
}

/** One answer that stands between the given answers and another outcome. */
export type Conflict = { question: string; given: AnswerValue; needed: AnswerValue; neededClass: string };

/**
 * The fewest answer changes, among the questions that steer the guide, that would have led
 * to `outcome`; listed in the order the given answers were asked. Among equally short sets,
 * one that changes `prefer` wins (the scenario's deciding requirement reads best). Empty
 * when the given answers already lead there, undefined when the outcome does not exist.
 */
export function conflictsWith(guide: Guide, answers: Answers, outcome: string, prefer?: string): Conflict[] | undefined {
  const decision = decide(guide, answers);
  if (decision.status === 'outcome' && decision.outcome === outcome) return [];
  const asked = decision.path.map((s) => s.question);
  const routing = routingQuestions(guide);
  let best: Conflict[] | undefined;
  for (const path of allPaths(guide)) {
    if (path.outcome !== outcome) continue;
    const conflicts: Conflict[] = [];
    for (const id of asked) {
      const question = questionById(guide, id);
      const needed = path.answers[id];
      if (!question || needed === undefined || !routing.has(id)) continue;
      const neededClass = answerClass(question, needed);
      if (answerClass(question, decision.answers[id]!) !== neededClass) {
        conflicts.push({ question: id, given: decision.answers[id]!, needed, neededClass });
      }
    }
    if (conflicts.length === 0) continue;
    const shorter = !best || conflicts.length < best.length;
    const preferred =
      best?.length === conflicts.length && prefer !== undefined && !best.some((c) => c.question === prefer) && conflicts.some((c) => c.question === prefer);
    if (shorter || preferred) best = conflicts;
  }
  return best;
}

import { answerClass, checkAnswer, questionById } from './answers';
import { holds } from './conditions';
import { decide, type Decision } from './decide';
import { routingQuestions, sampleAnswers } from './enumerate';
import type { AnswerValue, Answers, Guide } from './schema';
import { parseTarget } from './targets';

/** One answer to set: `from` is absent when the question was not answered before. */
export type AnswerChange = { question: string; from?: AnswerValue; to: AnswerValue };

export type Counterfactual =
  | { ok: true; outcome: string; changes: AnswerChange[]; answers: Answers; decision: Extract<Decision, { status: 'outcome' }> }
  | { ok: false; outcome: string; message: string };

/** Outcomes reachable from each question, ignoring conditions: a cheap bound to prune the search. */
function reachableOutcomes(guide: Guide): Map<string, Set<string>> {
  const memo = new Map<string, Set<string>>();
  const visit = (id: string): Set<string> => {
    const known = memo.get(id);
    if (known) return known;
    const found = new Set<string>();
    memo.set(id, found); // guides are acyclic; this also stops a cycle in a broken one
    for (const rule of questionById(guide, id)?.next ?? []) {
      const t = parseTarget(rule.to);
      if (t.kind === 'outcome') found.add(t.id);
      else visit(t.id).forEach((o) => found.add(o));
    }
    return found;
  };
  guide.questions.forEach((q) => visit(q.id));
  return memo;
}

/**
 * The smallest set of answer changes that makes `decide` reach `target`, keeping every other
 * answer as given. Conditions only read choice values and number bands, so trying one value
 * per answer class is exhaustive; iterative deepening on the number of changes (0, 1, 2, …)
 * makes the first set found a smallest one. Keeping an answer is tried before changing it,
 * so ties go to the set that changes the later questions. A question the new path asks but
 * the user never answered counts as a change (it needs an answer).
 */
export function whatWouldLeadTo(guide: Guide, answers: Answers, target: string): Counterfactual {
  const outcome = guide.outcomes.find((o) => o.id === target);
  if (!outcome) return { ok: false, outcome: target, message: `This guide has no outcome "${target}".` };
  const reach = reachableOutcomes(guide);
  const routing = routingQuestions(guide);

  /** What to try at a question: the given answer for free, then each other class for one change. */
  const candidates = (questionId: string): { value: AnswerValue; cost: number }[] => {
    const question = questionById(guide, questionId)!;
    const given = answers[questionId];
    const checked = given === undefined ? undefined : checkAnswer(question, given);
    const kept = checked?.ok ? checked.value : undefined;
    const keep = kept === undefined ? [] : [{ value: kept, cost: 0 }];
    // Changing an answer no rule reads cannot change where the path goes.
    if (kept !== undefined && !routing.has(questionId)) return keep;
    const keptClass = kept === undefined ? undefined : answerClass(question, kept);
    const others = sampleAnswers(question).filter((s) => s.cls !== keptClass).map((s) => ({ value: s.value, cost: 1 }));
    return [...keep, ...(routing.has(questionId) ? others : others.slice(0, 1))];
  };

  const search = (questionId: string, onPath: Answers, changes: AnswerChange[], budget: number): AnswerChange[] | undefined => {
    const question = questionById(guide, questionId);
    if (!question || !reach.get(questionId)?.has(target)) return undefined;
    for (const { value, cost } of candidates(questionId)) {
      if (cost > budget) continue;
      const next = { ...onPath, [questionId]: value };
      const rule = question.next.find((t) => holds(guide, t.when, next));
      if (!rule) continue;
      const made = cost ? [...changes, { question: questionId, from: answers[questionId], to: value }] : changes;
      const to = parseTarget(rule.to);
      if (to.kind === 'outcome') {
        if (to.id === target) return made;
        continue;
      }
      const found = search(to.id, next, made, budget - cost);
      if (found) return found;
    }
    return undefined;
  };

  for (let budget = 0; budget <= guide.questions.length; budget++) {
    const changes = search(guide.start, {}, [], budget);
    if (!changes) continue;
    const merged: Answers = { ...answers };
    for (const c of changes) merged[c.question] = c.to;
    const decision = decide(guide, merged);
    if (decision.status !== 'outcome') break; // cannot happen: the search walks decide's own rules
    return {
      ok: true,
      outcome: target,
      changes: changes.map((c) => (c.from === undefined ? { question: c.question, to: c.to } : c)),
      answers: merged,
      decision,
    };
  }
  return { ok: false, outcome: target, message: `No set of answers leads to “${outcome.title}” in this guide.` };
}

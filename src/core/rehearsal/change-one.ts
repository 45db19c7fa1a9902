import { answerClass, formatAnswer, questionById } from '../guide/answers';
import { decide } from '../guide/decide';
import { sampleAnswers } from '../guide/enumerate';
import { shortLabel } from '../guide/guide-graph';
import type { Guide } from '../guide/schema';
import { decisiveAnswers } from './drill';
import type { Scenario } from './schema';

/** "What would change your answer?": one requirement changed, and where the guide then lands. */
export type ChangedRequirement = {
  question: string;
  /** the requirement in a few words ("RPO", "peak throughput") */
  requirement: string;
  from: string;
  to: string;
  /** the outcome the guide reaches with only this answer changed */
  outcome: string;
};

/**
 * The follow-up an interviewer asks after the pick: change one decisive answer of the
 * scenario, keep every other, and the guide reaches another outcome without needing any
 * new answer. Computed from the guide's own rules (decide over each other answer class),
 * so the expected new answer cannot drift from the guides. Prefers the scenario's keyed
 * requirement, then the others in path order; undefined when no single change lands.
 */
export function changeOneRequirement(guide: Guide, scenario: Scenario): ChangedRequirement | undefined {
  const decisive = decisiveAnswers(guide, scenario);
  const order = [scenario.decidedBy, ...decisive.filter((q) => q !== scenario.decidedBy)].filter((q) => decisive.includes(q));
  for (const id of order) {
    const question = questionById(guide, id)!;
    const given = scenario.answers[id]!;
    const current = answerClass(question, given);
    for (const sample of sampleAnswers(question).filter((s) => s.cls !== current)) {
      const decision = decide(guide, { ...scenario.answers, [id]: sample.value });
      if (decision.status === 'outcome' && decision.outcome !== scenario.expected) {
        return { question: id, requirement: shortLabel(question), from: formatAnswer(question, given), to: formatAnswer(question, sample.value), outcome: decision.outcome };
      }
    }
  }
  return undefined;
}

/** The scenario's stated requirements, by their short names, sorted so order hints at nothing. */
export function statedRequirements(guide: Guide, scenario: Scenario): { question: string; label: string }[] {
  return Object.keys(scenario.answers)
    .map((id) => questionById(guide, id))
    .filter((q) => q !== undefined)
    .map((q) => ({ question: q.id, label: shortLabel(q) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

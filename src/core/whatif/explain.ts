import { formatAnswer, questionById } from '../guide/answers';
import type { Decision } from '../guide/decide';
import { shortLabel } from '../guide/guide-graph';
import type { AnswerValue, Guide, Question } from '../guide/schema';

const title = (guide: Guide, outcome: string) => guide.outcomes.find((o) => o.id === outcome)?.title ?? outcome;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** An answer as it reads inside a sentence: numbers with their unit, choice labels quoted. */
function inSentence(question: Question, value: AnswerValue): string {
  const text = formatAnswer(question, value);
  return question.kind === 'choice' ? `“${text}”` : text;
}

function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * The answers that differ between two decisions: changed ones first ("RPO 5 min → 0.5 min"),
 * then questions only the new path asks ("fanout needs “Plain”"). Answers the new path no
 * longer asks are a consequence, not a change, so they are not named.
 */
export function changedAnswers(guide: Guide, before: Decision, after: Decision): { changed: string[]; added: string[] } {
  const changed: string[] = [];
  const added: string[] = [];
  for (const [id, value] of Object.entries(after.answers)) {
    const question = questionById(guide, id);
    const old = before.answers[id];
    if (!question || old === value) continue;
    if (old === undefined) added.push(`${shortLabel(question)} ${inSentence(question, value)}`);
    else changed.push(`${shortLabel(question)} ${inSentence(question, old)} → ${inSentence(question, value)}`);
  }
  return { changed, added };
}

/**
 * One sentence: which answers changed and where that moved the outcome, e.g.
 * "RPO 5 min → 0.5 min moved the recommendation from Pilot light to Warm standby."
 */
export function explainChange(guide: Guide, before: Decision, after: Decision): string {
  const { changed, added } = changedAnswers(guide, before, after);
  if (after.status === 'error') return `That answer does not work here: ${after.message}`;
  if (changed.length + added.length === 0) {
    return before.status === 'outcome' ? `No answer changed; the recommendation is still ${title(guide, before.outcome)}.` : 'No answer changed.';
  }
  const cause = changed.length > 0
    ? joinAnd(changed) + (added.length > 0 ? `, with ${joinAnd(added)},` : '')
    : `Answering ${joinAnd(added)}`;
  if (after.status === 'pending') {
    const next = questionById(guide, after.question);
    return `${capitalise(cause)} opens a new question: ${next ? shortLabel(next) : after.question} needs an answer before there is a recommendation.`;
  }
  const to = title(guide, after.outcome);
  if (before.status !== 'outcome') return `${capitalise(cause)} leads to ${to}.`;
  if (before.outcome === after.outcome) return `${capitalise(cause)} keeps the recommendation at ${to}.`;
  return `${capitalise(cause)} moved the recommendation from ${title(guide, before.outcome)} to ${to}.`;
}

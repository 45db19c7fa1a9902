import { checkAnswer, questionById } from '../guide/answers';
import { decide } from '../guide/decide';
import type { Problem } from '../guide/problems';
import type { Guide } from '../guide/schema';
import { isDecisive } from './paths';
import type { Flashcard, Scenario } from './schema';

/**
 * Everything that can be wrong with a schema-valid scenario against its guide. A scenario
 * that passes walks the guide to its expected outcome using every one of its answers, and
 * names a deciding requirement that really decides: so the bank cannot drift from the guides.
 */
export function lintScenario(guide: Guide, scenario: Scenario, file: string, at: string): Problem[] {
  const problems: Problem[] = [];
  const report = (path: string, message: string) => problems.push({ file, path: `${at}${path}`, message });

  if (scenario.guide !== guide.id) report('.guide', `names guide "${scenario.guide}" but is checked against "${guide.id}"`);
  const outcomeIds = new Set(guide.outcomes.map((o) => o.id));
  if (!outcomeIds.has(scenario.expected)) report('.expected', `guide ${guide.id} has no outcome "${scenario.expected}"`);

  for (const [id, value] of Object.entries(scenario.answers)) {
    const question = questionById(guide, id);
    if (!question) report(`.answers.${id}`, `guide ${guide.id} has no question "${id}"`);
    else {
      const checked = checkAnswer(question, value);
      if (!checked.ok) report(`.answers.${id}`, checked.message);
    }
  }
  if (problems.length > 0) return problems;

  const decision = decide(guide, scenario.answers);
  if (decision.status === 'error') return [...problems, { file, path: `${at}.answers`, message: decision.message }];
  if (decision.status === 'pending') {
    report('.answers', `the walk stops at question "${decision.question}", which has no answer`);
    return problems;
  }
  if (decision.outcome !== scenario.expected) {
    report('.expected', `the guide reaches "${decision.outcome}", not "${scenario.expected}"`);
  }
  const onPath = new Set(decision.path.map((s) => s.question));
  const stray = Object.keys(scenario.answers).filter((id) => !onPath.has(id));
  if (stray.length > 0) report('.answers', `${stray.join(', ')} not asked on this path (${[...onPath].join(' → ')})`);

  if (!onPath.has(scenario.decidedBy)) {
    report('.decidedBy', `"${scenario.decidedBy}" is not asked on this path (${[...onPath].join(' → ')})`);
  } else if (!isDecisive(guide, scenario.answers, scenario.expected, scenario.decidedBy)) {
    report('.decidedBy', `no other answer to "${scenario.decidedBy}" changes the outcome, so it does not decide it`);
  }

  (scenario.defend ?? []).forEach((alt, i) => {
    if (!outcomeIds.has(alt)) report(`.defend[${i}]`, `guide ${guide.id} has no outcome "${alt}"`);
    else if (alt === scenario.expected) report(`.defend[${i}]`, 'is the expected outcome itself');
  });
  (scenario.alternatives ?? []).forEach((alt, i) => {
    if (!outcomeIds.has(alt.outcome)) report(`.alternatives[${i}].outcome`, `guide ${guide.id} has no outcome "${alt.outcome}"`);
    else if (alt.outcome === scenario.expected) report(`.alternatives[${i}].outcome`, 'is the expected outcome itself');
  });
  if (new Set(scenario.defend ?? []).size !== (scenario.defend ?? []).length) report('.defend', 'names an alternative twice');
  return problems;
}

/** Ids are unique across every file, so progress recorded against an id means one thing. */
export function duplicateIds(items: { id: string; file: string; at: string }[]): Problem[] {
  const seen = new Map<string, string>();
  return items.flatMap(({ id, file, at }) => {
    const first = seen.get(id);
    if (first) return [{ file, path: `${at}.id`, message: `id "${id}" is already used in ${first}` }];
    seen.set(id, file);
    return [];
  });
}

/** A flashcard may only point at guides that exist; an unknown guide would never show progress. */
export function lintFlashcard(card: Flashcard, guideIds: Set<string>, file: string, at: string): Problem[] {
  const problems: Problem[] = [];
  (card.guides ?? []).forEach((g, i) => {
    if (!guideIds.has(g)) problems.push({ file, path: `${at}.guides[${i}]`, message: `no guide "${g}"` });
  });
  if (card.front.trim().toLowerCase() === card.back.trim().toLowerCase()) {
    problems.push({ file, path: `${at}.back`, message: 'repeats the front' });
  }
  return problems;
}

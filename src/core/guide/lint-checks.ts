import { templateRefs } from './answers';
import type { CheckCondition } from './check-schema';
import { checkRefs } from './checks';
import { FormulaError, formulaRefs, parseFormula } from './formula';
import { successors } from './graph';
import type { Problem } from './problems';
import type { Guide } from './schema';

/**
 * Questions answered on every way to each question: its dominators in the question graph,
 * taken over every rule whatever its condition (an over-approximation of the paths, so what
 * it calls "always answered" truly is). Guides are acyclic (the path linter checks).
 */
export function alwaysAnsweredBefore(guide: Guide): Map<string, Set<string>> {
  const before = new Map<string, Set<string>>([[guide.start, new Set()]]);
  const queue = [guide.start];
  for (let steps = 0; queue.length > 0 && steps < guide.questions.length ** 2 + 1; steps++) {
    const id = queue.shift()!;
    const mine = new Set([...before.get(id)!, id]);
    for (const next of successors(guide, id)) {
      const known = before.get(next);
      const meet = known ? new Set([...known].filter((q) => mine.has(q))) : mine;
      if (!known || meet.size !== known.size) {
        before.set(next, meet);
        queue.push(next);
      }
    }
  }
  return before;
}

/** Every (path in the file, formula) pair of a check condition, for parse errors. */
function formulasOf(condition: CheckCondition, at: string): { at: string; formula: string }[] {
  if ('all' in condition) return condition.all.flatMap((c, i) => formulasOf(c, `${at}.all[${i}]`));
  if ('any' in condition) return condition.any.flatMap((c, i) => formulasOf(c, `${at}.any[${i}]`));
  if ('not' in condition) return formulasOf(condition.not, `${at}.not`);
  if (!('formula' in condition)) return [];
  const other = 'below' in condition ? { at: `${at}.below`, formula: condition.below } : { at: `${at}.above`, formula: condition.above };
  return [{ at: `${at}.formula`, formula: condition.formula }, other];
}

/** Every choice/band test of a check condition, to check the values exist. */
function testsOf(condition: CheckCondition, at: string): { at: string; q: string; values: string[] }[] {
  if ('all' in condition) return condition.all.flatMap((c, i) => testsOf(c, `${at}.all[${i}]`));
  if ('any' in condition) return condition.any.flatMap((c, i) => testsOf(c, `${at}.any[${i}]`));
  if ('not' in condition) return testsOf(condition.not, `${at}.not`);
  if ('formula' in condition) return [];
  return [{ at, q: condition.q, values: 'is' in condition ? [condition.is] : condition.in }];
}

/**
 * Cross-answer checks read only what is known when the answer is given: the question itself
 * and questions answered on every way to it. A check on a later (or sometimes skipped)
 * question would silently never refuse, so it is a problem; so are unknown questions,
 * formulas that do not parse or read a choice question, values no choice or band has, and a
 * message citing an answer the check cannot rely on.
 */
export function lintChecks(guide: Guide, file: string): Problem[] {
  const problems: Problem[] = [];
  const report = (path: string, message: string) => problems.push({ file, path, message });
  const questions = new Map(guide.questions.map((q) => [q.id, q]));
  const before = alwaysAnsweredBefore(guide);

  guide.questions.forEach((question, qi) => {
    const known = new Set([...(before.get(question.id) ?? []), question.id]);
    question.checks.forEach((check, ci) => {
      const at = `questions[${qi}].checks[${ci}]`;
      let parsed = true;
      for (const f of formulasOf(check.when, `${at}.when`)) {
        try {
          for (const ref of formulaRefs(parseFormula(f.formula))) {
            const q = questions.get(ref);
            if (q && q.kind !== 'number') report(f.at, `${ref} is a choice question; formulas read number answers (use { "q": "${ref}", "is": … })`);
          }
        } catch (error) {
          parsed = false;
          report(f.at, error instanceof FormulaError ? error.message : String(error));
        }
      }
      if (!parsed) return;
      for (const test of testsOf(check.when, `${at}.when`)) {
        const q = questions.get(test.q);
        if (!q) continue;
        const allowed = q.kind === 'choice' ? q.choices.map((c) => c.value) : q.bands.map((b) => b.id);
        test.values.filter((v) => !allowed.includes(v)).forEach((v) => report(test.at, `"${v}" is not a ${q.kind === 'choice' ? 'choice' : 'band'} of ${q.id} (allowed: ${allowed.join(', ')})`));
      }
      const refs = checkRefs(check.when);
      if (!refs.includes(question.id)) report(`${at}.when`, `the check never reads ${question.id}, the answer it refuses`);
      for (const ref of refs) {
        if (!questions.has(ref)) report(`${at}.when`, `check names unknown question "${ref}"`);
        else if (!known.has(ref)) report(`${at}.when`, `check reads ${ref}, which is not answered on every way to ${question.id} (a later or skipped question); a check may read only earlier answers`);
      }
      for (const ref of templateRefs(check.message)) {
        if (!known.has(ref)) report(`${at}.message`, `message cites {${ref}}, which is not answered on every way to ${question.id}`);
      }
    });
  });
  return problems;
}

import { lintAgreement, lintFactRefs } from '../facts/agreement';
import type { FactIndex } from '../facts/load';
import { factNumber } from '../facts/refs';
import type { Problem } from './problems';
import type { Guide } from './schema';

/**
 * A guide against the facts file: every {fact:id} and `fact` field names a fact, every cut
 * point tied to a fact sits at its value, and no text states a number that contradicts one.
 * Runs on the guide as written, before references are resolved.
 */
export function lintGuideFacts(guide: Guide, file: string, facts: FactIndex): Problem[] {
  const problems: Problem[] = [...lintFactRefs(guide, file, facts)];
  const report = (path: string, message: string) => problems.push({ file, path, message });
  const known = (id: string, path: string) => facts.byId.has(id) || (report(path, `"${id}" names no fact in decision-trees/facts/`), false);

  guide.questions.forEach((q, qi) => {
    if (q.kind !== 'number') return;
    q.bands.forEach((band, bi) => {
      const at = `questions[${qi}].bands[${bi}]`;
      if (!band.fact || !known(band.fact, `${at}.fact`)) return;
      const value = factNumber(facts.byId.get(band.fact)!);
      const fits = band.below === value || (q.integer && band.below === value + 1);
      if (!fits) report(`${at}.below`, `cut point ${band.below ?? '(none)'} is not the value of fact "${band.fact}" (${value}${q.integer ? ` or ${value + 1}` : ''})`);
    });
  });
  guide.outcomes.forEach((o, oi) => o.facts.forEach((f, fi) => f.fact && known(f.fact, `outcomes[${oi}].facts[${fi}].fact`)));
  problems.push(...lintAgreement(guide, file, facts));
  return problems;
}

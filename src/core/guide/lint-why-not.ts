import { questionById, templateRefs } from './answers';
import type { Problem } from './problems';
import type { Answers, Guide } from './schema';
import { guidePaths, ruledOutAt } from './why-not';
import { whyNotTextFor, whyNotTexts } from './why-not-entry';

const show = (answers: Answers) => Object.entries(answers).map(([k, v]) => `${k}=${v}`).join(', ');

/**
 * Checks the hand-written why-not texts against every path, as the app will show them: on each
 * path to an outcome, each other outcome is ruled out by one answer (why-not.ts), and the text
 * shown for it must be the one about that question. So:
 * - a byQuestion key must name a question, and show on some path (else it is stale);
 * - every (path, alternative) pair must get a text: its question's own, or the entry's default;
 * - one text (plain, or the default) may stand for one ruling question only: a text covering
 *   several would have to list reasons that do not all apply ("…, or …");
 * - a {question} a text cites must be answered on every path that shows it.
 */
export function lintWhyNot(guide: Guide, file: string): Problem[] {
  const problems: Problem[] = [];
  const report = (path: string, message: string) => problems.push({ file, path, message });
  const paths = guidePaths(guide);
  const order = new Map(guide.questions.map((q, i) => [q.id, i]));
  /** question ids quoted, in the guide's order */
  const list = (ids: Iterable<string>) => [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).map((q) => `"${q}"`).join(', ');

  guide.outcomes.forEach((outcome, oi) => {
    const mine = paths.filter((p) => p.outcome === outcome.id);
    for (const [alternative, entry] of Object.entries(outcome.whyNot)) {
      const at = `outcomes[${oi}].whyNot.${alternative}`;
      if (alternative === outcome.id || !guide.outcomes.some((o) => o.id === alternative)) continue; // lint-structure says so
      if (typeof entry !== 'string') {
        for (const q of Object.keys(entry.byQuestion)) if (!questionById(guide, q)) report(`${at}.byQuestion.${q}`, `"${q}" names no question`);
      }
      /** ruling question → the answers of the paths it rules on */
      const rulings = new Map<string, Answers[]>();
      for (const p of mine) {
        const ruled = ruledOutAt(guide, { outcome: p.outcome, answers: p.answers, path: p.steps }, alternative, paths);
        if (ruled) rulings.set(ruled.question, [...(rulings.get(ruled.question) ?? []), p.answers]);
      }
      const fallback = new Set<string>();
      for (const [question, examples] of rulings) {
        const chosen = whyNotTextFor(entry, question);
        if (!chosen) report(at, `no text for paths where "${question}" rules out "${alternative}" (e.g. ${show(examples[0]!)}); add byQuestion.${question}`);
        else if (chosen.source !== 'question') fallback.add(question);
      }
      if (fallback.size > 1) {
        const where = typeof entry === 'string' ? at : `${at}.default`;
        report(where, `one text stands for different ruling answers (${list(fallback)}), so it cannot say which applies; give each its own text in byQuestion`);
      }
      for (const t of whyNotTexts(entry)) {
        const shown = t.question !== undefined ? rulings.get(t.question) ?? [] : [...fallback].flatMap((q) => rulings.get(q) ?? []);
        if (t.question !== undefined && questionById(guide, t.question) && shown.length === 0) {
          const ruling = rulings.size > 0 ? `only ${list(rulings.keys())} can` : 'none can';
          report(`${at}${t.path}`, `never shows: on no path to "${outcome.id}" does "${t.question}" rule out "${alternative}" (${ruling})`);
        }
        for (const ref of templateRefs(t.text)) {
          if (!questionById(guide, ref)) report(`${at}${t.path}`, `{${ref}} names no question`);
          else if (shown.some((a) => a[ref] === undefined)) report(`${at}${t.path}`, `{${ref}} is not answered on every path that shows this text`);
        }
      }
    }
  });
  return problems;
}

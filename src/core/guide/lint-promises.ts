import { formatNumber } from './answers';
import { holds } from './conditions';
import { enumeratePaths } from './enumerate';
import type { Problem } from './problems';
import type { Answers, Guide, NumberQuestion } from './schema';
import { answerStep, bandOf } from './answers';

/** The numbers a band holds: [low, high], with `open` when high itself is excluded. */
function bandRange(q: NumberQuestion, bandId: string): { low: number; high: number; open: boolean } {
  const i = q.bands.findIndex((b) => b.id === bandId);
  const low = i === 0 ? q.min : q.bands[i - 1]!.below!;
  const below = q.bands[i]!.below;
  if (below === undefined) return { low, high: q.max, open: false };
  // On a whole-number question "below 3001" means "up to 3000"; with 3 decimals "below 99.991" means "up to 99.99".
  const step = answerStep(q);
  if (step === 0) return { low, high: below, open: true };
  const up = (v: number) => Math.ceil(Number((v / step).toFixed(6))) * step;
  return { low: Number(up(low).toFixed(6)), high: Number((up(below) - step).toFixed(6)), open: false };
}

const show = (answers: Answers) => Object.entries(answers).map(([k, v]) => `${k}=${v}`).join(', ');

/**
 * Outcomes keep their promises: for each promise, every path that reaches the outcome (with
 * the promise's `when` holding) asks the question, and every number in the answer's band
 * lies within atLeast/atMost. Bands are the only thing conditions see, so checking the
 * whole band proves the promise for every number a user can type.
 */
export function lintPromises(guide: Guide, file: string): Problem[] {
  const problems: Problem[] = [];
  const promised = guide.outcomes.flatMap((o) => o.promises.map((p) => p.q));
  if (promised.length === 0) return problems;
  const questions = new Map(guide.questions.map((q) => [q.id, q]));
  const walk = enumeratePaths(guide, { alsoVary: promised });

  guide.outcomes.forEach((outcome, oi) => {
    const paths = walk.paths.filter((p) => p.outcome === outcome.id);
    outcome.promises.forEach((promise, pi) => {
      const at = `outcomes[${oi}].promises[${pi}]`;
      const q = questions.get(promise.q);
      if (!q) return void problems.push({ file, path: `${at}.q`, message: `unknown question "${promise.q}"` });
      if (q.kind !== 'number') return void problems.push({ file, path: `${at}.q`, message: `"${promise.q}" is a choice question; promises are over number questions` });
      const seen = new Set<string>();
      for (const path of paths) {
        if (!holds(guide, promise.when, path.answers)) continue;
        const answer = path.answers[promise.q];
        if (answer === undefined) {
          problems.push({ file, path: at, message: `a path reaches "${outcome.id}" without asking ${promise.q} (${show(path.answers)}), so the promise cannot be checked` });
          break;
        }
        const band = bandOf(q, Number(answer));
        if (seen.has(band)) continue;
        seen.add(band);
        const range = bandRange(q, band);
        const unit = q.unit;
        if (promise.atLeast !== undefined && range.low < promise.atLeast) {
          problems.push({ file, path: at, message: `promises ${promise.q} of at least ${formatNumber(promise.atLeast)} ${unit}, but band "${band}" (from ${formatNumber(range.low)} ${unit}) reaches "${outcome.id}" when ${show(path.answers)}` });
        }
        if (promise.atMost !== undefined && range.high > promise.atMost) {
          problems.push({ file, path: at, message: `promises ${promise.q} of at most ${formatNumber(promise.atMost)} ${unit}, but band "${band}" (up to ${formatNumber(range.high)} ${unit}) reaches "${outcome.id}" when ${show(path.answers)}` });
        }
      }
    });
  });
  return problems;
}

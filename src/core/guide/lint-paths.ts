import { templateRefs } from './answers';
import { conditionRefs, holds } from './conditions';
import { bandSample, enumeratePaths, routingQuestions, type GuidePath } from './enumerate';
import { FormulaError, evaluate, formulaRefs, parseFormula } from './formula';
import type { Problem } from './problems';
import type { Answers, Condition, Guide } from './schema';

const show = (answers: Answers) => Object.entries(answers).map(([k, v]) => `${k}=${v}`).join(', ');

/** Checks over every path: dead ends, cycles, reachability, and answers the texts cite. */
export function lintPaths(guide: Guide, file: string): Problem[] {
  const problems: Problem[] = [];
  const report = (path: string, message: string) => problems.push({ file, path, message });

  guide.questions.forEach((q, qi) => {
    if (q.kind !== 'number') return;
    q.bands.forEach((band, bi) => {
      if (bandSample(q, bi) === undefined) report(`questions[${qi}].bands[${bi}]`, `band "${band.id}" holds no valid ${q.integer ? 'whole ' : ''}number between ${q.min} and ${q.max}`);
    });
  });

  const walk = enumeratePaths(guide);
  const routing = routingQuestions(guide);
  // The walk tries one value of questions that steer nothing, so a text conditioned on them
  // is checked as if it could show on every path: stricter, never blind.
  const mayHold = (when: Condition | undefined, answers: Answers) =>
    conditionRefs(when).some((q) => !routing.has(q)) || holds(guide, when, answers);
  if (walk.truncated) report('questions', 'the guide has too many paths to check (more than 200,000); split it');
  for (const cycle of walk.cycles.slice(0, 5)) report('questions', `questions form a loop: ${cycle.join(' → ')}`);
  for (const dead of walk.deadEnds.slice(0, 10)) {
    const qi = guide.questions.findIndex((q) => q.id === dead.question);
    report(`questions[${qi}].next`, `dead end: no rule matches when ${show(dead.answers)}; add a final rule without "when"`);
  }

  const asked = new Set(walk.paths.flatMap((p) => p.steps.map((s) => s.question)));
  walk.deadEnds.forEach((d) => Object.keys(d.answers).forEach((q) => asked.add(q)));
  guide.questions.forEach((q, qi) => asked.has(q.id) || report(`questions[${qi}]`, `question "${q.id}" can never be reached`));

  guide.outcomes.forEach((outcome, oi) => {
    const at = `outcomes[${oi}]`;
    const paths = walk.paths.filter((p) => p.outcome === outcome.id);
    if (paths.length === 0) {
      report(at, `outcome "${outcome.id}" can never be reached`);
      return;
    }
    const cite = (text: string, when: Condition | undefined, path: string) => {
      for (const ref of templateRefs(text)) {
        if (!guide.questions.some((q) => q.id === ref)) report(path, `{${ref}} names no question`);
        else if (paths.some((p) => mayHold(when, p.answers) && p.answers[ref] === undefined)) {
          report(path, `{${ref}} is not answered on every path that shows this text`);
        }
      }
    };
    cite(outcome.rationale, undefined, `${at}.rationale`);
    outcome.notes.forEach((n, i) => cite(n.text, n.when, `${at}.notes[${i}].text`));
    outcome.warnings.forEach((n, i) => cite(n.text, n.when, `${at}.warnings[${i}].text`));
    outcome.diagram.nodes.forEach((n, i) => n.label && cite(n.label, n.when, `${at}.diagram.nodes[${i}].label`));
    outcome.diagram.containers.forEach((c, i) => cite(c.label, c.when, `${at}.diagram.containers[${i}].label`));
    outcome.diagram.edges.forEach((e, i) => e.label && cite(e.label, e.when, `${at}.diagram.edges[${i}].label`));
    outcome.figures.forEach((figure, i) =>
      lintFigure(guide, figure.formula, (a) => mayHold(figure.when, a), paths, `${at}.figures[${i}].formula`, report),
    );
  });
  return problems;
}

function lintFigure(
  guide: Guide, formula: string, shows: (answers: Answers) => boolean, paths: GuidePath[], path: string,
  report: (path: string, message: string) => void,
) {
  let expr;
  try {
    expr = parseFormula(formula);
  } catch (error) {
    report(path, error instanceof FormulaError ? error.message : String(error));
    return;
  }
  for (const ref of formulaRefs(expr)) {
    const q = guide.questions.find((x) => x.id === ref);
    if (!q) return report(path, `"${ref}" names no question`);
    if (q.kind !== 'number') return report(path, `"${ref}" is a choice question; formulas take number questions only`);
  }
  for (const p of paths) {
    if (!shows(p.answers)) continue;
    const missing = formulaRefs(expr).find((r) => p.answers[r] === undefined);
    if (missing) return report(path, `"${missing}" is not answered on every path that shows this figure; add a "when"`);
    const vars = Object.fromEntries(Object.entries(p.answers).filter(([, v]) => typeof v === 'number')) as Record<string, number>;
    if (!Number.isFinite(evaluate(expr, vars))) return report(path, `gives no finite number when ${show(p.answers)} (division by zero?)`);
  }
}

import { templateRefs } from './answers';
import { conditionRefs, holds } from './conditions';
import { bandSample, enumeratePaths, routingQuestions, type GuidePath } from './enumerate';
import { CHART_X } from './chart';
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
    outcome.charts.forEach((chart, ci) => {
      const cat = `${at}.charts[${ci}]`;
      const shows = (a: Answers) => mayHold(chart.when, a);
      cite(chart.title, chart.when, `${cat}.title`);
      cite(chart.description, chart.when, `${cat}.description`);
      chart.series.forEach((s, si) => cite(s.label, chart.when, `${cat}.series[${si}].label`));
      if (chart.type !== 'line') {
        chart.categories.forEach((c, i) => cite(c, chart.when, `${cat}.categories[${i}]`));
        chart.series.forEach((s, si) => s.values.forEach((f, vi) => lintFigure(guide, f, shows, paths, `${cat}.series[${si}].values[${vi}]`, report)));
        return;
      }
      const endsOk = [chart.x.from, chart.x.to].every((f, i) => lintFigure(guide, f, shows, paths, `${cat}.x.${i ? 'to' : 'from'}`, report));
      if (!endsOk) return;
      const ends = (vars: Record<string, number>) => [evaluate(parseFormula(chart.x.from), vars), evaluate(parseFormula(chart.x.to), vars)];
      for (const p of paths.filter((p) => shows(p.answers))) {
        const [from, to] = ends(numbersOf(p.answers));
        if (!(to! > from!)) {
          report(`${cat}.x`, `the x axis runs from ${from} to ${to} when ${show(p.answers)}; "to" must be larger`);
          break;
        }
      }
      chart.series.forEach((s, si) => lintFigure(guide, s.formula, shows, paths, `${cat}.series[${si}].formula`, report, ends));
    });
  });
  return problems;
}

const numbersOf = (answers: Answers) =>
  Object.fromEntries(Object.entries(answers).filter(([, v]) => typeof v === 'number')) as Record<string, number>;

/**
 * Check one formula on every path that shows it. `xs`, for a line chart's series, gives the
 * x values to try on a path; the formula may then use `x`. Returns whether it passed.
 */
function lintFigure(
  guide: Guide, formula: string, shows: (answers: Answers) => boolean, paths: GuidePath[], path: string,
  report: (path: string, message: string) => void, xs?: (vars: Record<string, number>) => number[],
): boolean {
  const fail = (message: string) => (report(path, message), false);
  let expr;
  try {
    expr = parseFormula(formula);
  } catch (error) {
    return fail(error instanceof FormulaError ? error.message : String(error));
  }
  const refs = formulaRefs(expr).filter((r) => !(xs && r === CHART_X));
  for (const ref of refs) {
    const q = guide.questions.find((x) => x.id === ref);
    if (!q) return fail(`"${ref}" names no question${ref === CHART_X ? ' (x is only for the series of a line chart)' : ''}`);
    if (q.kind !== 'number') return fail(`"${ref}" is a choice question; formulas take number questions only`);
  }
  for (const p of paths) {
    if (!shows(p.answers)) continue;
    const missing = refs.find((r) => p.answers[r] === undefined);
    if (missing) return fail(`"${missing}" is not answered on every path that shows this figure; add a "when"`);
    const vars = numbersOf(p.answers);
    for (const x of xs ? xs(vars) : [undefined]) {
      const value = evaluate(expr, x === undefined ? vars : { ...vars, [CHART_X]: x });
      if (!Number.isFinite(value)) return fail(`gives no finite number when ${show(p.answers)}${x === undefined ? '' : ` at x = ${x}`} (division by zero?)`);
    }
  }
  return true;
}

import { fillTemplate, formatNumber } from './answers';
import { holds } from './conditions';
import { evaluate, parseFormula } from './formula';
import type { Answers, Chart, Guide, Outcome } from './schema';

/**
 * Charts as numbers: what an outcome's `charts` come to for one set of answers. Pure, so the
 * screen, the CLI and every export draw the same values; drawing is src/core/export/chart-svg.ts.
 */

export type ChartSeries = { label: string; values: number[] };

export type ChartData = {
  id: string;
  title: string;
  description: string;
  type: Chart['type'];
  /** the x axis: numbers for a line chart, category names for bars */
  x: { label: string; unit?: string; values: (number | string)[] };
  y: { label: string; unit: string };
  series: ChartSeries[];
};

/** The variable a line chart's series formulas use for the point on the x axis. */
export const CHART_X = 'x';

const numbersOf = (answers: Answers): Record<string, number> =>
  Object.fromEntries(Object.entries(answers).filter(([, v]) => typeof v === 'number')) as Record<string, number>;

/** Values rounded to 4 significant digits: charts show shapes, and long decimals only bloat exports. */
const tidy = (v: number): number => (Number.isFinite(v) ? Number(v.toPrecision(4)) : 0);

/**
 * The evenly spaced x values of a line chart, `points` of them from `from` to `to` inclusive.
 * Throws FormulaError when a formula needs an unanswered question.
 */
export function lineXs(chart: Extract<Chart, { type: 'line' }>, vars: Record<string, number>): number[] {
  const from = evaluate(parseFormula(chart.x.from), vars);
  const to = evaluate(parseFormula(chart.x.to), vars);
  const step = (to - from) / (chart.x.points - 1);
  return Array.from({ length: chart.x.points }, (_, i) => tidy(from + step * i));
}

/** One chart's numbers for these answers; texts are filled with the answers like every other text. */
export function chartData(guide: Guide, chart: Chart, answers: Answers): ChartData {
  const vars = numbersOf(answers);
  const fill = (text: string) => fillTemplate(guide, text, answers);
  const base = { id: chart.id, title: fill(chart.title), description: fill(chart.description), type: chart.type, y: { label: fill(chart.y.label), unit: chart.y.unit } };
  if (chart.type === 'line') {
    const xs = lineXs(chart, vars);
    return {
      ...base,
      x: { label: fill(chart.x.label), unit: chart.x.unit, values: xs },
      series: chart.series.map((s) => {
        const expr = parseFormula(s.formula);
        return { label: fill(s.label), values: xs.map((x) => tidy(evaluate(expr, { ...vars, [CHART_X]: x }))) };
      }),
    };
  }
  return {
    ...base,
    x: { label: '', values: chart.categories.map(fill) },
    series: chart.series.map((s) => ({ label: fill(s.label), values: s.values.map((f) => tidy(evaluate(parseFormula(f), vars))) })),
  };
}

/** The charts an outcome shows for these answers (those whose `when` holds). */
export function outcomeCharts(guide: Guide, outcome: Outcome, answers: Answers): ChartData[] {
  return outcome.charts.filter((c) => holds(guide, c.when, answers)).map((c) => chartData(guide, c, answers));
}

/** A value with its unit, as the chart's tooltips, tables and text alternative print it. */
export const chartValueText = (value: number, unit: string): string =>
  unit === 'USD' ? `$${formatNumber(value)}` : unit === '%' ? `${formatNumber(value)} %` : `${formatNumber(value)} ${unit}`;

/**
 * The chart as a table (rows: x values or categories; columns: series), for the ADR, the
 * CLI and screen readers. Cells are printed with their unit. A line chart with more points
 * than `maxRows` keeps evenly spaced ones, the first and the last always among them.
 */
export function chartTable(chart: ChartData, maxRows = Infinity): { header: string[]; rows: string[][] } {
  const xHead = chart.type === 'line' ? `${chart.x.label}${chart.x.unit ? ` (${chart.x.unit})` : ''}` : '';
  const header = [xHead, ...chart.series.map((s) => s.label)];
  const all = chart.x.values.map((x, i) => i);
  // A long line keeps evenly spaced rows, always with the first and the last point.
  const step = all.length > maxRows ? Math.ceil((all.length - 1) / (maxRows - 1)) : 1;
  const picked = all.filter((i) => i % step === 0 || i === all.length - 1);
  const rows = picked.map((i) => {
    const x = chart.x.values[i]!;
    return [typeof x === 'number' ? formatNumber(x) : x, ...chart.series.map((s) => chartValueText(s.values[i]!, chart.y.unit))];
  });
  return { header, rows };
}

import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { chartValueText, type ChartData } from '../guide/chart';
import { formatNumber } from '../guide/answers';
import type { Recommendation } from '../recommendation/types';
import { FONT_FAMILY, palette, type ThemeName } from './theme';

/**
 * A chart as a standalone SVG document, drawn by ECharts' server-side SVG renderer: no DOM,
 * no canvas and no eval, so the same code runs in Node (CLI, exports, tests) and under the
 * app's strict CSP. ECharts was chosen over hand-drawn SVG because axes, ticks, legends and
 * label collision are a charting library's job; tree-shaken to line and bar charts.
 */

echarts.use([LineChart, BarChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

/** Series colours, picked for contrast on white and on the dark background alike. */
const SERIES_COLOURS = ['#2563EB', '#DC2626', '#059669', '#D97706', '#7C3AED', '#0891B2', '#DB2777', '#65A30D'];

export type ChartSvgOptions = {
  theme?: ThemeName;
  /** false: no background of the theme's own (the screen's card shows through) */
  background?: boolean;
  /** px; the default suits an A4 page and the recommendation screen */
  width?: number;
  height?: number;
};

const axisUnit = (unit: string) => (unit === 'USD' ? '$' : unit);
/** Axis ticks: 5k rather than 5,000 beside 10k, so one axis reads in one style. */
const shortNumber = (v: number) =>
  Math.abs(v) >= 1e6 ? `${formatNumber(Number((v / 1e6).toPrecision(3)))}M` : Math.abs(v) >= 1e3 ? `${formatNumber(Number((v / 1e3).toPrecision(3)))}k` : formatNumber(v);

/**
 * Render one chart. Returns the SVG text (UTF-8, `width`×`height` px, default 720×400) with a
 * `<title>` and `<desc>` carrying the chart's title and description for screen readers.
 */
export function chartSvg(chart: ChartData, options: ChartSvgOptions = {}): string {
  const width = options.width ?? 720;
  const height = options.height ?? 400;
  const p = palette(options.theme ?? 'light');
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  const line = chart.type === 'line';
  const yUnit = axisUnit(chart.y.unit);
  instance.setOption({
    animation: false,
    backgroundColor: options.background === false ? 'transparent' : (p.background ?? 'transparent'),
    color: SERIES_COLOURS,
    textStyle: { fontFamily: FONT_FAMILY, color: p.text },
    title: { text: chart.title, left: 12, top: 8, textStyle: { fontSize: 15, fontWeight: 600, color: p.text, fontFamily: FONT_FAMILY } },
    legend: { top: 36, left: 12, right: 12, type: 'plain', textStyle: { color: p.text, fontSize: 12 } },
    grid: { left: 16, right: 24, top: 24 + 16 * Math.ceil(chart.series.length / 3) + 52, bottom: 40 },
    xAxis: line
      ? {
        type: 'value', min: chart.x.values[0], max: chart.x.values.at(-1),
        name: `${chart.x.label}${chart.x.unit ? ` (${chart.x.unit})` : ''}`, nameLocation: 'middle', nameGap: 26,
        axisLabel: { color: p.muted, formatter: (v: number) => shortNumber(v) },
        axisLine: { lineStyle: { color: p.nodeStroke } }, splitLine: { show: false },
        nameTextStyle: { color: p.text },
      }
      : {
        type: 'category', data: chart.x.values,
        axisLabel: { color: p.text, interval: 0, width: Math.max(60, (width - 120) / chart.x.values.length - 8), overflow: 'break' },
        axisLine: { lineStyle: { color: p.nodeStroke } },
      },
    yAxis: {
      type: 'value', name: `${chart.y.label} (${yUnit})`, nameTextStyle: { color: p.text, align: 'left' },
      axisLabel: { color: p.muted, formatter: (v: number) => shortNumber(v) },
      splitLine: { lineStyle: { color: p.nodeStroke, opacity: 0.6 } },
    },
    series: chart.series.map((s) => ({
      name: s.label,
      type: line ? 'line' : 'bar',
      ...(chart.type === 'stacked-bar' ? { stack: 'total' } : {}),
      data: line ? s.values.map((v, i) => [chart.x.values[i], v]) : s.values,
      showSymbol: false,
      lineStyle: line ? { width: 2.5 } : undefined,
      ...(line ? {} : { barMaxWidth: 56 }),
    })),
  });
  const svg = instance.renderToSVGString();
  instance.dispose();
  return withTextAlternative(svg, chart);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The chart's words and numbers in one paragraph, for `alt` text and the SVG's `<desc>`. */
export function chartTextAlternative(chart: ChartData): string {
  const at = (i: number) => {
    const x = chart.x.values[i]!;
    return typeof x === 'number' ? `${formatNumber(x)} ${chart.x.unit ?? ''}`.trim() : x;
  };
  const series = chart.series.map((s) => {
    if (chart.type === 'line') {
      return `${s.label}: ${chartValueText(s.values[0]!, chart.y.unit)} at ${at(0)}, ${chartValueText(s.values.at(-1)!, chart.y.unit)} at ${at(s.values.length - 1)}`;
    }
    return `${s.label}: ${s.values.map((v, i) => `${at(i)} ${chartValueText(v, chart.y.unit)}`).join(', ')}`;
  });
  return `${chart.description} ${series.join('; ')}.`;
}

function withTextAlternative(svg: string, chart: ChartData): string {
  const open = svg.indexOf('>', svg.indexOf('<svg')) + 1;
  const head = svg.slice(0, open).replace('<svg ', '<svg role="img" ');
  return `${head}<title>${escapeXml(chart.title)}</title><desc>${escapeXml(chartTextAlternative(chart))}</desc>${svg.slice(open)}`;
}

/** Every chart of these recommendations as SVG, in order (for the PDF, which prints in light). */
export function recommendationChartSvgs(recs: Recommendation[], options: ChartSvgOptions = {}): string[] {
  return recs.flatMap((r) => r.charts ?? []).map((c) => chartSvg(c, options));
}

import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { chartData, chartTable } from '../../src/core/guide/chart';
import { lintGuide } from '../../src/core/guide/lint';
import { parseGuideText } from '../../src/core/guide/parse';
import { formatProblem } from '../../src/core/guide/problems';
import { chartSvg, chartTextAlternative } from '../../src/core/export/chart-svg';
import { loadLibrary } from '../../src/core/library';
import { readTrees } from '../../src/node/read-trees';
import { fixtureText } from '../helpers/fixtures';
import { parseXml } from '../export/xml-tree';
import { recommend } from '../guides/recommend';
import { toAdr } from '../../src/core/export/adr';
import { recommendationChartSvgs } from '../../src/core/export/chart-svg';
import { toPdf } from '../../src/node/export-pdf';
import { extractPdf } from '../export/pdf-extract';

const { catalog } = loadLibrary({ guides: [], catalog: readTrees().catalog });

/** The tiny fixture guide with `charts` on its "fifo" outcome (reached with pattern=work-queue, rate ≤ 3,000). */
function tinyWithCharts(charts: unknown[]) {
  const data = JSON.parse(fixtureText('tiny.json'));
  data.outcomes.find((o: { id: string }) => o.id === 'fifo').charts = charts;
  return parseGuideText('tiny.json', JSON.stringify(data));
}

const problemsFor = (charts: unknown[]): string[] => {
  const parsed = tinyWithCharts(charts);
  return (parsed.ok ? lintGuide(parsed.value, 'tiny.json', catalog) : parsed.problems).map(formatProblem);
};

const line = (over: Record<string, unknown> = {}) => ({
  id: 'backlog', title: 'Backlog at {rate}', description: 'Messages waiting while consumers are down.', type: 'line',
  x: { label: 'Minutes down', unit: 'min', from: '0', to: '10', points: 11 },
  y: { label: 'Messages waiting', unit: 'messages' },
  series: [{ label: 'Backlog', formula: 'rate * 60 * x' }],
  ...over,
});

describe('charts in guide files', () => {
  it('a sound line chart lints clean and computes one value per point from the answers', () => {
    expect(problemsFor([line()])).toEqual([]);
    const parsed = tinyWithCharts([line()]);
    if (!parsed.ok) throw new Error('fixture');
    const data = chartData(parsed.value, parsed.value.outcomes[0]!.charts[0]!, { pattern: 'work-queue', rate: 100 });
    expect(data.title).toBe('Backlog at 100 msg/s');
    expect(data.x.values).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(data.series[0]!.values.at(-1)).toBe(60_000);
  });

  it.each([
    ['a choice question in a series', line({ series: [{ label: 'B', formula: 'pattern * x' }] }), 'charts[0].series[0].formula: "pattern" is a choice question'],
    ['x outside a line chart series', line({ x: { label: 'M', unit: 'min', from: 'x', to: '10' } }), 'charts[0].x.from: "x" names no question (x is only for the series of a line chart)'],
    ['an axis running backwards', line({ x: { label: 'M', unit: 'min', from: '10', to: '0' } }), 'charts[0].x: the x axis runs from 10 to 0'],
    ['a division by zero at a point', line({ series: [{ label: 'B', formula: 'rate / x' }] }), 'charts[0].series[0].formula: gives no finite number when pattern=work-queue, rate='],
    ['a title citing an unknown question', line({ title: 'At {speed}' }), 'charts[0].title: {speed} names no question'],
    ['a bar series one value short', { id: 'bill', title: 'Bill', description: 'd', type: 'bar', categories: ['Today', 'After'], y: { label: 'Cost', unit: 'USD' }, series: [{ label: 'Queue', values: ['rate'] }] }, 'series "Queue" has 1 values for 2 categories'],
    ['two charts with one id', [line(), line()], 'charts: chart id "backlog" is used twice'],
  ])('reports %s', (_name, chart, expected) => {
    const charts = Array.isArray(chart) ? chart : [chart];
    expect(problemsFor(charts).join('\n')).toContain(expected);
  });
});

describe('the SLO guide\'s burn-rate chart', () => {
  const { rec } = recommend('slo-alerting', { sloTarget: 99.9, windowDays: 30, serviceKind: 'user-facing', requestsPerHour: 50_000 });
  const chart = rec.charts?.find((c) => c.id === 'budget-burn');

  it('shows the budget gone at the page rate after 50 hours and at the ticket rate after 120', () => {
    expect(chart).toBeDefined();
    const at = (series: number, hour: number) => chart!.series[series]!.values[chart!.x.values.indexOf(hour)];
    expect(at(0, 25)).toBe(50);
    expect(at(0, 50)).toBe(0);
    expect(at(1, 60)).toBe(50);
    expect(at(1, 120)).toBe(0);
    expect(at(2, 120)).toBeCloseTo(83.33, 1);
  });

  it('renders as an SVG with the title, axis names, a legend and a text alternative that carries the numbers', () => {
    const svg = chartSvg(chart!);
    const root = parseXml(svg);
    expect(root.tag).toBe('svg');
    expect(root.attrs.width).toBe('720');
    const text = svg.replace(/<[^>]+>/g, ' ');
    for (const words of ['How fast each burn rate spends the error budget', 'Hours since the errors started (h)', 'Error budget left (%)', 'Page rate (14.4×)', 'Ticket rate (6×)']) {
      expect(text).toContain(words);
    }
    expect(chartTextAlternative(chart!)).toContain('Page rate (14.4×): 100 % at 0 h, 0 % at 120 h');
    expect(svg).toContain('<desc>');
  });

  it('rasterises to a PNG that is not blank, in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const png = new Resvg(chartSvg(chart!, { theme }), { font: { loadSystemFonts: false } }).render();
      expect(png.width).toBe(720);
      const pixels = png.pixels;
      const first = pixels.readUInt32LE(0);
      let differing = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels.readUInt32LE(i) !== first) differing++;
      expect(differing / (pixels.length / 4), theme).toBeGreaterThan(0.01);
    }
  });

  it('reads as a table with one row per hour point and the unit on every cell', () => {
    const table = chartTable(chart!);
    expect(table.header).toEqual(['Hours since the errors started (h)', 'Page rate (14.4×)', 'Ticket rate (6×)', 'Exactly the SLO (1×)']);
    expect(table.rows).toHaveLength(121);
    expect(table.rows[50]).toEqual(['50', '0 %', '58.33 %', '93.06 %']);
  });
});

describe('charts in the decision record', () => {
  const { rec, arch } = recommend('slo-alerting', { sloTarget: 99.5, windowDays: 28, serviceKind: 'user-facing', requestsPerHour: 8_000 });

  it('the Markdown record holds each chart as a table of about a dozen rows', () => {
    const adr = toAdr([rec], arch, { date: '2026-11-29' });
    const at = adr.indexOf('**Chart: How fast each burn rate spends the error budget.**');
    expect(at).toBeGreaterThan(-1);
    const rows = adr.slice(at).split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    expect(rows[0]).toContain('| Hours since the errors started (h) | Page rate (14.4×) |');
    expect(rows.slice(1, 14)).toHaveLength(13);
    expect(rows[13]).toMatch(/^\| 120 \| 0 % \| 0 % \|/);
  });

  it('the PDF draws the chart as vectors after the record: its words come back as text', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><text x="10" y="50">Diagram</text></svg>';
    const pdf = await toPdf(svg, toAdr([rec], arch, { date: '2026-11-29' }), { title: 'SLO', date: '2026-11-29', charts: recommendationChartSvgs([rec]) });
    const text = (await extractPdf(pdf)).map((p) => p.text).join('\n');
    expect(text).toContain('Exactly the SLO (1×)');
    expect(text).toContain('Hours since the errors started (h)');
  });
});

import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../src/core/export/chart-svg';
import { decide } from '../../src/core/guide/decide';
import { enumeratePaths } from '../../src/core/guide/enumerate';
import type { ChartData } from '../../src/core/guide/chart';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { realLibrary } from '../core/merge-cases';
import { findAll, parseXml } from './xml-tree';

/**
 * Every chart every guide can draw, checked like the diagrams: for each path of each guide
 * whose outcome has charts, the chart's numbers are finite, its SVG parses at the stated
 * size with every series named; one rendering per chart (the first path reaching it) is
 * rasterised and must not be blank, in both themes.
 */

type Drawn = { name: string; chart: ChartData };

function everyChart(): Drawn[] {
  const library = realLibrary();
  const out: Drawn[] = [];
  for (const guide of library.guides) {
    if (!guide.outcomes.some((o) => o.charts.length > 0)) continue;
    for (const p of enumeratePaths(guide).paths) {
      const outcome = guide.outcomes.find((o) => o.id === p.outcome)!;
      if (outcome.charts.length === 0) continue;
      const d = decide(guide, p.answers);
      if (d.status !== 'outcome') continue;
      const rec = buildRecommendation(guide, library.catalog, { outcome: d.outcome, answers: d.answers, path: d.path });
      for (const chart of rec.charts ?? []) out.push({ name: `${guide.id}/${outcome.id}/${chart.id} (${JSON.stringify(p.answers)})`, chart });
    }
  }
  return out;
}

describe('every chart in every guide', () => {
  const charts = everyChart();

  it('finds charts in the cost, observability, storage and availability guides', () => {
    const guides = new Set(charts.map((c) => c.name.split('/')[0]));
    for (const id of ['slo-alerting', 'commitment', 'data-transfer', 's3-storage-class']) expect(guides.has(id), id).toBe(true);
  });

  it('computes finite numbers and draws a parseable SVG naming every series, for every path', () => {
    const failures: string[] = [];
    for (const { name, chart } of charts) {
      const bad = chart.series.find((s) => s.values.some((v) => !Number.isFinite(v)));
      if (bad) failures.push(`${name}: series "${bad.label}" has a value that is not a finite number`);
      let svg: string;
      try {
        svg = chartSvg(chart);
      } catch (error) {
        failures.push(`${name}: ${(error as Error).message}`);
        continue;
      }
      const root = parseXml(svg);
      if (root.tag !== 'svg' || root.attrs.width !== '720' || root.attrs.height !== '400') failures.push(`${name}: root ${root.tag} ${root.attrs.width}×${root.attrs.height}`);
      const text = findAll(root, (e) => e.tag === 'text').map((e) => e.text).join(' ');
      for (const s of chart.series) if (!text.includes(s.label.replace(/&/g, '&amp;')) && !svg.includes(s.label)) failures.push(`${name}: no legend entry "${s.label}"`);
      if (findAll(root, (e) => e.tag === 'path').length < chart.series.length) failures.push(`${name}: fewer shapes than series`);
    }
    expect(failures).toEqual([]);
  }, 240_000);

  it('rasterises each chart to a PNG with ink on it, light and dark', () => {
    const seen = new Set<string>();
    const failures: string[] = [];
    for (const { name, chart } of charts) {
      const key = name.split(' (')[0]!;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const theme of ['light', 'dark'] as const) {
        const png = new Resvg(chartSvg(chart, { theme }), { font: { loadSystemFonts: false } }).render();
        const px = png.pixels;
        const first = px.readUInt32LE(0);
        let differing = 0;
        for (let i = 0; i < px.length; i += 16) if (px.readUInt32LE(i) !== first) differing++;
        if (png.width !== 720 || png.height !== 400) failures.push(`${key} ${theme}: ${png.width}×${png.height}`);
        if (differing < 200) failures.push(`${key} ${theme}: almost no ink (${differing} pixels)`);
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(10);
    expect(failures).toEqual([]);
  }, 240_000);
});

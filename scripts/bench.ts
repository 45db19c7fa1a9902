/**
 * `npm run bench`: what layout and export cost as architectures grow. For generated
 * architectures of 10, 40, 80 and 160 services (plus an empty one as the baseline) it prints
 * the median time of ELK layout, SVG export and PNG rasterisation, and memory, as a table,
 * then the 160/10 ratios against the aims in issue 4. It asserts nothing.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Architecture, Layout } from '../src/core/architecture/model';
import { generateArchitecture } from '../src/core/export/generate';
import { toSvg } from '../src/core/export/svg';
import { layoutArchitecture } from '../src/core/layout/elk-layout';
import { createNodeElk } from '../src/node/elk';
import { pngFonts, toPng } from '../src/node/export-png';

const SIZES = [0, 10, 40, 80, 160];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const mb = (bytes: number) => bytes / 1024 / 1024;

type Row = {
  label: string; nodes: number; containers: number; edges: number;
  layout: number; svg: number; png1: number; png2: number; px: string; rss: number; heap: number;
};

async function time<T>(run: () => T | Promise<T>, sample: () => void): Promise<{ ms: number[]; last: T }> {
  const ms: number[] = [];
  let last!: T;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    last = await run();
    ms.push(performance.now() - t);
    sample();
  }
  return { ms, last };
}

async function measure(model: Architecture, label: string): Promise<Row> {
  const elk = createNodeElk();
  await layoutArchitecture(model, elk); // warm this ELK instance and the JIT
  gc();
  const base = process.memoryUsage();
  let rss = 0, heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss - base.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  const laid = await time<Layout>(() => layoutArchitecture(model, elk), sample);
  const svg = await time(() => toSvg(model, laid.last, { theme: 'light' }), sample);
  // toPng refuses images over its pixel cap (80 MP); such a cell reads "refused".
  const png = async (scale: number) => {
    try {
      return median((await time(() => toPng(svg.last, { scale }), sample)).ms);
    } catch (error) {
      if (error instanceof RangeError) return Number.NaN;
      throw error;
    }
  };
  const png1 = await png(1);
  const png2 = await png(2);
  const size = /width="(\d+)" height="(\d+)"/.exec(svg.last);
  return {
    label, nodes: model.nodes.length, containers: model.containers.length, edges: model.edges.length,
    layout: median(laid.ms), svg: median(svg.ms), png1, png2,
    px: size ? `${size[1]}×${size[2]}` : '?', rss: mb(rss), heap: mb(heap),
  };
}

const ms = (v: number) => (Number.isNaN(v) ? 'refused' : v.toFixed(1));

function table(rows: Row[]): string {
  const head = ['architecture', 'nodes', 'cont.', 'edges', 'layout ms', 'svg ms', 'layout+svg ms', 'png 1× ms', 'png 2× ms', 'image px', 'rss Δ MB', 'heap MB'];
  const body = rows.map((r) => [
    r.label, String(r.nodes), String(r.containers), String(r.edges), r.layout.toFixed(1), r.svg.toFixed(2), (r.layout + r.svg).toFixed(1),
    ms(r.png1), ms(r.png2), r.px, r.rss.toFixed(1), r.heap.toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 || i === 9 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const fonts = pngFonts();
  console.log(`Archtree export benchmark: median of ${RUNS} runs after one warm-up; Node ${process.version}; PNG font: ${fonts.family} (${fonts.source})\n`);
  const rows: Row[] = [];
  for (const n of SIZES) {
    rows.push(await measure(generateArchitecture(n), n === 0 ? 'blank (baseline)' : `generated ${n}`));
  }
  console.log(table(rows));
  const at = (n: number) => rows.find((r) => r.nodes === n)!;
  const small = at(10), big = at(160), mid = at(80), blank = rows[0]!;
  const ratio = (f: (r: Row) => number) => (Number.isNaN(f(big)) ? 'n/a (refused)' : `${(f(big) / f(small)).toFixed(1)}×`);
  console.log(`\nRatios 160/10: layout ${ratio((r) => r.layout)}, svg ${ratio((r) => r.svg)}, layout+svg ${ratio((r) => r.layout + r.svg)}, ` +
    `png 1× ${ratio((r) => r.png1)}, png 2× ${ratio((r) => r.png2)} (aim: within 20×)`);
  console.log(`Over the blank baseline, 160 nodes: layout ${(big.layout - blank.layout).toFixed(1)} ms, svg ${(big.svg - blank.svg).toFixed(2)} ms, png 1× ${(big.png1 - blank.png1).toFixed(1)} ms`);
  console.log(`80 nodes laid out and exported to SVG: ${(mid.layout + mid.svg).toFixed(1)} ms median (aim: under 100 ms)`);
  console.log(`Process peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

await main();

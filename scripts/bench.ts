/**
 * `npm run bench`: what layout and export cost as architectures grow. For generated
 * architectures of 10, 40, 80 and 160 services (plus an empty one as the baseline, and the
 * merged five-guide session of test/fixtures/architecture) it prints the median time of ELK
 * layout, SVG export and PNG rasterisation, and memory, as a table, then the 160/10 ratios
 * against the aims in issue 4. It asserts nothing.
 *
 * ELK is compiled Java (GWT): its first layouts run unoptimised. Every case is laid out a few
 * times before timing (JIT warm), and the very first layout of the process is reported on its
 * own, since that is what the first diagram a user opens costs. Layout is also given in CPU
 * time: on a shared 2-core machine wall time includes waiting for the other processes.
 * Memory is measured per case in a child process of its own (see measureMemory).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { mergeRuns } from '../src/core/architecture/merge';
import type { Architecture, Layout } from '../src/core/architecture/model';
import { runsFromSession } from '../src/core/architecture/session-runs';
import { generateArchitecture } from '../src/core/export/generate';
import { toSvg } from '../src/core/export/svg';
import { layoutArchitecture } from '../src/core/layout/elk-layout';
import { loadLibrary } from '../src/core/library';
import { parseSessionFile } from '../src/core/session/import';
import { createNodeElk } from '../src/node/elk';
import { pngFonts, toPng } from '../src/node/export-png';
import { readTrees } from '../src/node/read-trees';

const SIZES = [0, 10, 40, 80, 160];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MEMORY_FLAG = '--memory-of';
/** Layouts of every case before any timing, so the JIT has compiled ELK's hot paths. */
const WARM_ROUNDS = Number(process.env.BENCH_WARM ?? 3);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const mb = (bytes: number) => bytes / 1024 / 1024;

type Row = {
  label: string; nodes: number; containers: number; edges: number;
  layout: number; layoutCpu: number; svg: number; png1: number; png2: number; px: string; rss: number; heap: number;
};

async function time<T>(run: () => T | Promise<T>): Promise<{ ms: number[]; last: T }> {
  const ms: number[] = [];
  let last!: T;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    last = await run();
    ms.push(performance.now() - t);
  }
  return { ms, last };
}

const elk = createNodeElk();

type Laid = { layout: Layout; ms: number[]; cpu: number[] };

/** Layouts first, for every case, before any rasterising: resvg's big buffers would otherwise bleed into them. */
async function measureLayout(model: Architecture): Promise<Laid> {
  const cpu: number[] = [];
  const laid = await time<Layout>(async () => {
    const start = process.cpuUsage();
    const layout = await layoutArchitecture(model, elk);
    const used = process.cpuUsage(start);
    cpu.push((used.user + used.system) / 1000);
    return layout;
  });
  return { layout: laid.last, ms: laid.ms, cpu };
}

async function measureExports(model: Architecture, label: string, laid: Laid): Promise<Row> {
  const svg = await time(() => toSvg(model, laid.layout, { theme: 'light' }));
  // toPng refuses images over its pixel cap (80 MP); such a cell reads "refused".
  const png = async (scale: number) => {
    try {
      return median((await time(() => toPng(svg.last, { scale }))).ms);
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
    layout: median(laid.ms), layoutCpu: median(laid.cpu), svg: median(svg.ms), png1, png2,
    px: size ? `${size[1]}×${size[2]}` : '?', rss: 0, heap: 0,
  };
}

/**
 * Peak memory of one case, in a process of its own (layout, SVG, the largest PNG): within
 * this process the RSS never comes back down after an earlier case, and a forced GC before a
 * timed run would bill the heap's regrowth to it (that doubled the figures of earlier
 * versions of this script).
 */
function measureMemory(label: string, row: Row): void {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), MEMORY_FLAG, label], { encoding: 'utf8' });
  const report = /^memory (\d+) (\d+)$/m.exec(child.stdout ?? '');
  if (!report) throw new Error(`memory run of ${label} failed: ${child.stderr}`);
  row.rss = mb(Number(report[1]) * 1024);
  row.heap = mb(Number(report[2]));
}

/** The child's side: one case, then the peak RSS (KiB) and heap it reached. */
async function memoryRun(label: string): Promise<void> {
  const model = benchCases().find(([l]) => l === label)?.[1];
  if (!model) throw new Error(`no case "${label}"`);
  // Sampled, not resourceUsage().maxRSS: Linux keeps the forking parent's high-water mark across exec.
  let heap = 0, rss = 0;
  const sample = () => {
    const m = process.memoryUsage();
    heap = Math.max(heap, m.heapUsed);
    rss = Math.max(rss, m.rss);
  };
  const timer = setInterval(sample, 2);
  const layout = await layoutArchitecture(model, elk);
  sample();
  const svg = toSvg(model, layout, { theme: 'light' });
  sample();
  for (const scale of [2, 1]) {
    try {
      const png = toPng(svg, { scale });
      sample(); // while the PNG is still held
      if (png.length) break;
    } catch (error) {
      if (!(error instanceof RangeError)) throw error; // 2× refused: the 1× is the largest
    }
  }
  sample();
  clearInterval(timer);
  console.log(`memory ${Math.round(rss / 1024)} ${heap}`);
}

const ms = (v: number) => (Number.isNaN(v) ? 'refused' : v.toFixed(1));

function table(rows: Row[]): string {
  const head = ['architecture', 'nodes', 'cont.', 'edges', 'layout ms', 'layout cpu ms', 'svg ms', 'layout+svg ms', 'png 1× ms', 'png 2× ms', 'image px', 'peak rss MB', 'peak heap MB'];
  const body = rows.map((r) => [
    r.label, String(r.nodes), String(r.containers), String(r.edges), r.layout.toFixed(1), r.layoutCpu.toFixed(1), r.svg.toFixed(2), (r.layout + r.svg).toFixed(1),
    ms(r.png1), ms(r.png2), r.px, r.rss.toFixed(1), r.heap.toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 || i === 10 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** The five-guide session (compute → database → messaging → DR → VPC connectivity), merged. */
function fiveGuides(): Architecture {
  const library = loadLibrary(readTrees());
  const text = readFileSync(new URL('../test/fixtures/architecture/five-guides.archtree.json', import.meta.url), 'utf8');
  const parsed = parseSessionFile(text, library.guides);
  if (!parsed.ok) throw new Error(parsed.message);
  return mergeRuns(runsFromSession(parsed.session, library.guides).runs, library.catalog);
}

function benchCases(): [string, Architecture][] {
  return [
    ...SIZES.map((n) => [n === 0 ? 'blank (baseline)' : `generated ${n}`, generateArchitecture(n)] as [string, Architecture]),
    ['merged 5 guides', fiveGuides()],
  ];
}

async function main(): Promise<void> {
  const fonts = pngFonts();
  console.log(`Archtree export benchmark: median of ${RUNS} runs after ${WARM_ROUNDS} warm-up rounds; Node ${process.version}; ${os()}; PNG font: ${fonts.family} (${fonts.source})\n`);
  const cases = benchCases();
  const cold = performance.now();
  await layoutArchitecture(cases.find(([label]) => label === 'generated 80')![1], elk);
  const coldMs = performance.now() - cold;
  for (let round = 0; round < WARM_ROUNDS; round++) for (const [, model] of cases) await layoutArchitecture(model, elk);

  const laid: Laid[] = [];
  for (const [, model] of cases) laid.push(await measureLayout(model));
  const rows: Row[] = [];
  for (const [i, [label, model]] of cases.entries()) rows.push(await measureExports(model, label, laid[i]!));
  for (const [i, [label]] of cases.entries()) measureMemory(label, rows[i]!);
  console.log(table(rows));
  const at = (label: string) => rows.find((r) => r.label === label)!;
  const small = at('generated 10'), big = at('generated 160'), mid = at('generated 80'), blank = rows[0]!, merged = at('merged 5 guides');
  const ratio = (f: (r: Row) => number) => (Number.isNaN(f(big)) ? 'n/a (refused)' : `${(f(big) / f(small)).toFixed(1)}×`);
  console.log(`\nRatios 160/10: layout ${ratio((r) => r.layout)} (cpu ${ratio((r) => r.layoutCpu)}), svg ${ratio((r) => r.svg)}, layout+svg ${ratio((r) => r.layout + r.svg)}, ` +
    `png 1× ${ratio((r) => r.png1)}, png 2× ${ratio((r) => r.png2)} (aim: within 20×)`);
  console.log(`Over the blank baseline, 160 nodes: layout ${(big.layout - blank.layout).toFixed(1)} ms, svg ${(big.svg - blank.svg).toFixed(2)} ms, png 1× ${(big.png1 - blank.png1).toFixed(1)} ms`);
  console.log(`80 nodes laid out and exported to SVG: ${(mid.layout + mid.svg).toFixed(1)} ms median, ${(mid.layoutCpu + mid.svg).toFixed(1)} ms of CPU (aim: under 100 ms)`);
  console.log(`Merged five-guide session (${merged.nodes} services): ${(merged.layout + merged.svg).toFixed(1)} ms median to lay out and export to SVG`);
  console.log(`First layout in a fresh process (80 nodes, JIT cold): ${coldMs.toFixed(0)} ms`);
  console.log(`Process peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (other work on this machine inflates wall times)`);
  // Issue 10: is the composed architecture readable on an A4 page, per view?
  await import('./bench-views');
}

function os(): string {
  return `${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'})`;
}

const memoryCase = process.argv.indexOf(MEMORY_FLAG);
if (memoryCase >= 0) await memoryRun(process.argv[memoryCase + 1] ?? '');
else await main();

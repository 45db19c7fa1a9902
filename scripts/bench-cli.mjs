// `npm run bench`, first part: what the built CLI (bin/archtree.mjs → out/cli) costs to run,
// as ratios against `node -e 0` measured in the same run, side by side. Wall time is the
// median of BENCH_CLI_RUNS runs; memory is the child's own peak resident set (VmHWM, which
// Linux resets at exec, read by scripts/bench-peak-rss.cjs as the child exits). Asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// BENCH_CLI_ROOT: another checkout to measure (e.g. the commit before a change), same harness.
const root = process.env.BENCH_CLI_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 7);
const probe = fileURLToPath(new URL('./bench-peak-rss.cjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'archtree-bench-cli-'));
const ANSWERS = ['--answer', 'pattern=work-queue', '--answer', 'consumerCompute=lambda', '--answer', 'ordering=any-order'];
const bin = join(root, 'bin/archtree.mjs');

const CASES = [
  { label: 'node -e 0 (baseline)', args: ['-e', '0'] },
  { label: 'archtree guides', args: [bin, 'guides'] },
  { label: 'archtree decide messaging', args: [bin, 'decide', 'messaging', ...ANSWERS], aim: { ratio: 3, mib: 80 } },
  { label: 'archtree export messaging svg', args: [bin, 'export', 'messaging', ...ANSWERS, '--format', 'svg', '-o', join(work, 'a.svg')], aim: { ratio: 5 } },
  { label: 'archtree export messaging png', args: [bin, 'export', 'messaging', ...ANSWERS, '--format', 'png', '-o', join(work, 'a.png')] },
  { label: 'archtree export messaging pdf', args: [bin, 'export', 'messaging', ...ANSWERS, '--format', 'pdf', '-o', join(work, 'a.pdf')] },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** One run: wall ms and the child's peak RSS in MiB. */
function once(args) {
  const rssFile = join(work, 'rss');
  rmSync(rssFile, { force: true });
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--require', probe, ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, ARCHTREE_BENCH_RSS_FILE: rssFile },
  });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, mib: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

const rows = [];
// Interleaved, so load from other work on the machine falls on every case alike.
const samples = CASES.map(() => ({ ms: [], mib: [] }));
for (let i = 0; i < RUNS; i++) {
  CASES.forEach((c, k) => {
    const s = once(c.args);
    samples[k].ms.push(s.ms);
    samples[k].mib.push(s.mib);
  });
}
const base = { ms: median(samples[0].ms), mib: Math.max(...samples[0].mib) };
CASES.forEach((c, k) => {
  const ms = median(samples[k].ms), mib = Math.max(...samples[k].mib);
  const ratio = ms / base.ms;
  const aim = c.aim ? `≤ ${c.aim.ratio}×${c.aim.mib ? `, ≤ ${c.aim.mib} MiB` : ''}: ${ratio <= c.aim.ratio && (!c.aim.mib || mib <= c.aim.mib) ? 'met' : 'missed'}` : '';
  rows.push([c.label, ms.toFixed(0), `${ratio.toFixed(1)}×`, mib.toFixed(1), `${(mib / base.mib).toFixed(1)}×`, aim]);
});
rmSync(work, { recursive: true, force: true });

const head = ['command', 'wall ms', 'vs node -e 0', 'max RSS MiB', 'vs node -e 0', 'aim (issue 9)'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => (i === 0 || i === 5 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
console.log(`Archtree CLI benchmark: median wall time of ${RUNS} interleaved runs, peak RSS of the slowest; Node ${process.version}\n`);
console.log([line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
console.log('');

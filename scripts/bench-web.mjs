// `npm run bench:web`: the page figures of issue 9, against a blank React page built by the
// same toolchain in the same run. Builds both (vite), serves both from one static server,
// drives Chromium through playwright-core (headless, the same browser the e2e tests use) and
// reads performance.mark / performance.measure entries set in the page. Asserts nothing.
//
//   entry JS           gzip bytes of the entry chunk and of all JS the first screen loads
//   first screen       navigation start → the first guide button is in the DOM and a frame has
//                      been painted after it (blank page: its one button, same rule)
//   answer → next      click on Next → the next question's title painted (rAF after the change)
//   answer → diagram   click on the last Next → the diagram's nodes painted; the first diagram
//                      of the session, then later ones (Back, another last answer, Next)
//
// BENCH_WEB_RUNS (default 5) page loads are timed; medians are printed.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findChromium } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);
const vite = join(root, 'node_modules/vite/bin/vite.js');
/** BENCH_WEB_DIST: measure another build (e.g. of the commit before a change) with the same harness. */
const appDist = process.env.BENCH_WEB_DIST ? resolve(process.env.BENCH_WEB_DIST) : join(root, 'dist-web');

function build(args, cwd) {
  const r = spawnSync(process.execPath, [vite, 'build', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
}

/** A blank React page: one root, one button, nothing else; same vite, same React plugin. */
function buildBlank() {
  const dir = mkdtempSync(join(tmpdir(), 'archtree-blank-react-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Blank</title></head><body><div id="root"></div><script type="module" src="./main.jsx"></script></body></html>');
  writeFileSync(join(dir, 'main.jsx'), [
    "import { StrictMode, useEffect } from 'react';",
    "import { createRoot } from 'react-dom/client';",
    "function App() {",
    "  useEffect(() => { performance.mark('app:first-screen'); }, []);",
    "  return <main><h1>Blank</h1><button type=\"button\" className=\"guide-card\">Start</button></main>;",
    "}",
    "createRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);",
  ].join('\n'));
  writeFileSync(join(dir, 'vite.config.mjs'), [
    `import react from ${JSON.stringify(join(root, 'node_modules/@vitejs/plugin-react/dist/index.js'))};`,
    `export default { base: './', plugins: [react()], resolve: { alias: { react: ${JSON.stringify(join(root, 'node_modules/react'))}, 'react-dom': ${JSON.stringify(join(root, 'node_modules/react-dom'))} } }, logLevel: 'warn' };`,
  ].join('\n'));
  build(['--config', join(dir, 'vite.config.mjs')], dir);
  return join(dir, 'dist');
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png' };

/** One static server: /app/ → dist-web, /blank/ → the blank page. */
function serve(dirs) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const [, mount, ...rest] = url.pathname.split('/');
    const base = dirs[mount];
    let file = base && resolve(base, rest.join('/') || 'index.html');
    if (!file || !file.startsWith(base) || !existsSync(file) || statSync(file).isDirectory()) file = base && join(base, 'index.html');
    if (!file || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Entry chunk and every JS file the HTML loads up front (entry + modulepreload), gzip bytes. */
function initialJs(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)].map((m) => m[1]);
  const gz = (f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  return { entry: gz(entry), initial: [entry, ...preloads].reduce((sum, f) => sum + gz(f), 0) };
}

/** Installed in every page: marks around clicks on Next and the screen changes that follow. */
const PROBE = () => {
  const painted = (name) => requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));
  let lastTitle = '';
  let diagramSeen = false;
  let firstScreen = false;
  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    if (button && /^Next$|^See the recommendation|^Show/.test(button.textContent.trim())) performance.mark('bench:answer');
  }, true);
  new MutationObserver(() => {
    if (!firstScreen && document.querySelector('button.guide-card')) {
      firstScreen = true;
      painted('bench:first-screen');
    }
    const title = document.querySelector('.question-title')?.textContent ?? '';
    if (title && title !== lastTitle) {
      lastTitle = title;
      painted('bench:question');
    }
    const diagram = document.querySelector('[data-testid="architecture-diagram"][data-status="ready"] .react-flow__node');
    if (diagram && !diagramSeen) {
      diagramSeen = true;
      painted('bench:diagram');
    }
    if (!diagram) diagramSeen = false;
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
};

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const lastMark = (page, name) => page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? null, name);
const waitMark = (page, name, after) =>
  page.waitForFunction(([n, t]) => performance.getEntriesByName(n).some((e) => e.startTime > t), [name, after], { timeout: 60_000 });

/** Answer the open guide's questions with the first choice (or the number field's placeholder) until the recommendation. */
async function answerThrough(page, timings, firstPick) {
  for (let step = 0; step < 40; step++) {
    if (await page.locator('.rec-hero__title').count()) return;
    const number = page.locator('.number-field__input');
    if (step === 0 && firstPick) await firstPick();
    else if (await number.count()) await number.fill(((await number.getAttribute('placeholder')) ?? '').replace(/[^\d.]/g, '') || '1');
    else await page.locator('main').getByRole('radio').first().check();
    const before = (await lastMark(page, 'bench:question')) ?? 0;
    await page.getByRole('button', { name: 'Next' }).click();
    const answered = await lastMark(page, 'bench:answer');
    const outcome = await Promise.race([
      waitMark(page, 'bench:question', before).then(() => 'question'),
      page.locator('.rec-hero__title').waitFor({ timeout: 60_000 }).then(() => 'outcome'),
    ]);
    if (outcome === 'question') timings.next.push((await lastMark(page, 'bench:question')) - answered);
    else timings.lastAnswer = answered;
  }
  throw new Error('no recommendation after 40 answers');
}

async function diagramAfter(page, answeredAt) {
  await waitMark(page, 'bench:diagram', answeredAt);
  return (await lastMark(page, 'bench:diagram')) - answeredAt;
}

async function main() {
  const browserPath = findChromium()?.path;
  if (!process.env.BENCH_WEB_DIST && (!existsSync(join(appDist, 'index.html')) || process.env.BENCH_WEB_BUILD !== '0')) build(['--config', 'vite.web.config.ts', '--configLoader', 'runner', '--logLevel', 'warn'], root);
  const blankDist = buildBlank();
  const server = await serve({ app: appDist, blank: blankDist });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox', '--disable-gpu'] });
  const t = { appFirst: [], blankFirst: [], next: [], firstDiagram: [], laterDiagram: [] };
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const [mount, into] of [['blank', t.blankFirst], ['app', t.appFirst]]) {
        const page = await browser.newPage();
        await page.addInitScript(PROBE);
        await page.goto(`${origin}/${mount}/`);
        await page.waitForFunction(() => performance.getEntriesByName('bench:first-screen').length > 0, null, { timeout: 60_000 });
        into.push(await lastMark(page, 'bench:first-screen'));
        if (mount === 'app') {
          await page.locator('button.guide-card[data-guide="messaging"]').click();
          await page.locator('.question-title').waitFor();
          const timings = { next: [], lastAnswer: 0 };
          await answerThrough(page, timings);
          t.next.push(...timings.next);
          t.firstDiagram.push(await diagramAfter(page, timings.lastAnswer));
          // A later diagram: back to the last question, another answer, Next.
          await page.getByRole('button', { name: /^Back/ }).first().click();
          await page.locator('.question-title').waitFor();
          const later = { next: [], lastAnswer: 0 };
          await answerThrough(page, later, async () => {
            const radios = page.locator('main').getByRole('radio');
            if (await radios.count() > 1) await radios.nth(1).check();
            else await page.locator('.number-field__input').fill(String(Number(await page.locator('.number-field__input').inputValue()) * 10 || 10));
          });
          t.next.push(...later.next);
          t.laterDiagram.push(await diagramAfter(page, later.lastAnswer));
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const app = initialJs(appDist);
  const blank = initialJs(blankDist);
  rmSync(join(blankDist, '..'), { recursive: true, force: true });

  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  const ms = (v) => `${v.toFixed(1)} ms`;
  const rows = [
    ['entry chunk, gzip', kb(app.entry), kb(blank.entry), `${(app.entry / blank.entry).toFixed(2)}×`, '≤ 250 KB', app.entry <= 250 * 1024],
    ['all JS before first screen, gzip', kb(app.initial), kb(blank.initial), `${(app.initial / blank.initial).toFixed(2)}×`, '≤ 250 KB', app.initial <= 250 * 1024],
    ['navigation → first guide button', ms(median(t.appFirst)), ms(median(t.blankFirst)), `${(median(t.appFirst) / median(t.blankFirst)).toFixed(2)}×`, '≤ 1.5×', median(t.appFirst) / median(t.blankFirst) <= 1.5],
    ['answer → next question shown', ms(median(t.next)), '', '', '≤ 16 ms', median(t.next) <= 16],
    ['last answer → first diagram', ms(median(t.firstDiagram)), '', '', '≤ 150 ms', median(t.firstDiagram) <= 150],
    ['last answer → later diagram', ms(median(t.laterDiagram)), '', '', '≤ 50 ms', median(t.laterDiagram) <= 50],
  ].map(([a, b, c, d, e, ok]) => [a, b, c, d, `${e}: ${ok ? 'met' : 'missed'}`]);
  const head = ['figure', 'archtree', 'blank React', 'ratio', 'aim (issue 9)'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(`Archtree web benchmark: medians of ${RUNS} page loads (${t.next.length} answers) in ${browserPath ?? "Playwright's Chromium"}, headless; marks set in the page (performance.mark)\n`);
  console.log([line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
}

await main();

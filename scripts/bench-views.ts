/**
 * `npm run bench` (second part): is the composed five-guide architecture readable on paper?
 * For the session of test/fixtures/architecture it lays out the whole model (what the app drew
 * before issue 10) and prints its pixel size, the smallest text once fitted on an A4 page
 * (src/core/architecture/readability.ts) and its edge crossings, then the same for the logical
 * and deployment views (src/core/architecture/views.ts); then, per view, the print sheets the
 * PDF carries (src/core/architecture/sheets.ts): how many, the time to plan and lay them out,
 * and each one's smallest printed text. Asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { mergeRuns } from '../src/core/architecture/merge';
import type { Architecture } from '../src/core/architecture/model';
import { edgeCrossings, fitOnA4 } from '../src/core/architecture/readability';
import { runsFromSession } from '../src/core/architecture/session-runs';
import { printSheets } from '../src/core/architecture/sheets';
import { projectView } from '../src/core/architecture/views';
import { toSvg } from '../src/core/export/svg';
import { layoutArchitecture } from '../src/core/layout/elk-layout';
import { loadLibrary } from '../src/core/library';
import { parseSessionFile } from '../src/core/session/import';
import { createNodeElk } from '../src/node/elk';
import { readTrees } from '../src/node/read-trees';

const library = loadLibrary(readTrees());
const text = readFileSync(new URL('../test/fixtures/architecture/five-guides.archtree.json', import.meta.url), 'utf8');
const parsed = parseSessionFile(text, library.guides);
if (!parsed.ok) throw new Error(parsed.message);
const model = mergeRuns(runsFromSession(parsed.session, library.guides).runs, library.catalog);
const elk = createNodeElk();

async function row(label: string, m: Architecture): Promise<string[]> {
  const layout = await layoutArchitecture(m, elk);
  const fit = fitOnA4(toSvg(m, layout, { theme: 'light', title: m.title }));
  return [label, String(m.nodes.length), String(m.containers.length), String(m.edges.length), `${fit.width}×${fit.height}`, fit.orientation,
    `${fit.smallestTextPx} px → ${fit.smallestTextPt.toFixed(1)} pt`, String(edgeCrossings(layout))];
}

const head = ['five-guide architecture', 'nodes', 'boxes', 'edges', 'image px', 'A4 fit', 'smallest text on A4', 'edge crossings'];
const rows = [
  await row('whole model (the drawing before issue 10)', model),
  await row('logical view', projectView(model, 'logical')),
  await row('deployment view', projectView(model, 'deployment')),
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log('\nReadability on paper (A4 printable area 180 × 267 mm; aim: smallest text ≥ 7 pt, fewer crossings than before)');
console.log([line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));

console.log('\nPrint sheets (the PDF after its overview page, one per page; smallest text on A4 or Letter, whichever is smaller; aim: every sheet at 7 pt or more)');
for (const view of ['logical', 'deployment'] as const) {
  const started = performance.now();
  const sheets = await printSheets(projectView(model, view), (m) => layoutArchitecture(m, elk));
  const ms = performance.now() - started;
  const pts = sheets.map((s) => s.printedPt);
  const legible = pts.filter((p) => p >= 7).length;
  console.log(`${view} view: ${sheets.length} sheets in ${ms.toFixed(0)} ms; ${legible} of ${sheets.length} at 7 pt or more; smallest text per sheet ${pts.map((p) => p.toFixed(1)).join(', ')} pt`);
}

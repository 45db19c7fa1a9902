import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArchitecture } from '../../src/core/architecture/build';
import { mergeRuns } from '../../src/core/architecture/merge';
import type { Architecture } from '../../src/core/architecture/model';
import { runsFromSession } from '../../src/core/architecture/session-runs';
import { OFF_SHEET_PREFIX, printSheets, type PrintSheet } from '../../src/core/architecture/sheets';
import { projectView } from '../../src/core/architecture/views';
import { toPdf } from '../../src/node/export-pdf';
import { pdfSheets } from '../../src/core/export/pdf-sheets';
import { toSvg } from '../../src/core/export/svg';
import { layoutArchitecture } from '../../src/core/layout/elk-layout';
import { checkLayout } from '../../src/core/layout/geometry';
import { parseSessionFile } from '../../src/core/session/import';
import { createNodeElk } from '../../src/node/elk';
import { extractPdf } from '../export/pdf-extract';
import { realLibrary, runTo } from './merge-cases';

/**
 * Print sheets (issue 10): a view too big to read on one page is printed in parts cut along
 * its deployment nodes and guides, each part at 7 pt or more, flows to other parts ending at
 * connectors that say which sheet to turn to.
 */

const elk = createNodeElk();
const layout = (m: Architecture) => layoutArchitecture(m, elk);
const SLOW = 180_000;

function fiveGuides(): Architecture {
  const text = readFileSync(new URL('../fixtures/architecture/five-guides.archtree.json', import.meta.url), 'utf8');
  const parsed = parseSessionFile(text, realLibrary().guides);
  if (!parsed.ok) throw new Error(parsed.message);
  return mergeRuns(runsFromSession(parsed.session, realLibrary().guides).runs, realLibrary().catalog);
}

const real = (s: PrintSheet) => s.model.nodes.filter((n) => !n.id.startsWith(OFF_SHEET_PREFIX));
const connectors = (s: PrintSheet) => s.model.nodes.filter((n) => n.id.startsWith(OFF_SHEET_PREFIX));

/** Sheet numbers (1-based) holding each service of the view. */
function sheetOfService(sheets: PrintSheet[]): Map<string, number> {
  const at = new Map<string, number>();
  sheets.forEach((s, i) => real(s).forEach((n) => at.set(n.id, i + 1)));
  return at;
}

describe.each(['deployment', 'logical'] as const)('the five-guide %s view in print sheets', (view) => {
  let sheets: PrintSheet[] = [];
  let model: Architecture;

  it('cuts it into sheets that hold every service exactly once, each laid out cleanly', async () => {
    model = projectView(fiveGuides(), view);
    sheets = await printSheets(model, layout);
    expect(sheets.length).toBeGreaterThanOrEqual(2);
    const held = sheets.flatMap((s) => real(s).map((n) => n.id));
    expect([...held].sort()).toEqual(model.nodes.map((n) => n.id).sort());
    for (const s of sheets) expect(checkLayout(s.layout).map((p) => `${s.caption}: ${p.message}`)).toEqual([]);
  }, SLOW);

  it('prints every sheet at 7 pt or more on A4 (the view on one page: logical 4.9 pt, deployment 3.1 pt)', () => {
    for (const s of sheets) expect(s.printedPt, s.caption).toBeGreaterThanOrEqual(7);
  });

  it('keeps every flow: drawn whole on a sheet, or to a connector naming the sheet its far end is on', () => {
    const at = sheetOfService(sheets);
    const within = (id: string, anchor: string): boolean => {
      if (id === anchor) return true;
      const parent = [...model.nodes, ...model.containers].find((e) => e.id === id)?.parent;
      return parent ? within(parent, anchor) : false;
    };
    const covers = (drawn: string, original: string) => drawn === original || (drawn.startsWith(OFF_SHEET_PREFIX) && within(original, drawn.slice(OFF_SHEET_PREFIX.length)));
    for (const e of model.edges) {
      for (const end of [e.from, e.to].filter((id) => at.has(id))) {
        const s = sheets[at.get(end)! - 1]!;
        expect(s.model.edges.some((x) => covers(x.from, e.from) && covers(x.to, e.to)), `${e.from} → ${e.to} on "${s.caption}"`).toBe(true);
      }
    }
    for (const s of sheets) {
      for (const c of connectors(s)) {
        const anchor = c.id.slice(OFF_SHEET_PREFIX.length);
        const numbers = [...c.serviceName.matchAll(/\d+/g)].map((m) => Number(m[0]));
        // The sheets where this sheet's flows into the connector really end, and only those.
        const here = new Set(real(s).map((n) => n.id));
        const ends = model.edges.flatMap((e) => [[e.from, e.to], [e.to, e.from]]).filter(([near, far]) => here.has(near!) && within(far!, anchor)).map(([, far]) => far!);
        const expected = [...new Set(model.nodes.filter((n) => ends.some((end) => within(n.id, end))).map((n) => at.get(n.id)!))].sort((a, b) => a - b);
        expect(numbers, `${s.caption}: ${c.label}`).toEqual(expected);
        expect(numbers.length).toBeGreaterThan(0);
        expect(numbers).not.toContain(sheets.indexOf(s) + 1);
      }
    }
  });
});

describe('print sheets in the PDF', () => {
  it('are not made for a drawing that already prints at 7 pt on one page', async () => {
    const run = runTo('messaging', 'sqs-standard');
    const model = buildArchitecture(run.guide, realLibrary().catalog, run.decided);
    expect(await pdfSheets(model, await layout(model), layout, { theme: 'light' })).toEqual([]);
  }, SLOW);

  it('follow the overview, one page each, captioned with what they hold and extractable', async () => {
    const model = projectView(fiveGuides(), 'logical');
    const laid = await layout(model);
    const sheets = await pdfSheets(model, laid, layout, { theme: 'light' });
    const pdf = await toPdf(toSvg(model, laid, { theme: 'light' }), '# Record\n\nText.', { title: model.title, sheets, date: '2026-11-30' });
    const pages = await extractPdf(pdf);
    expect(pages[0]!.text.replace(/\s+/g, ' ')).toContain(`printed again in ${sheets.length} sheets`);
    sheets.forEach((s, i) => {
      const page = pages[i + 1]!.text.replace(/\s+/g, ' ');
      expect(page).toContain(`Sheet ${i + 1} of ${sheets.length}: `);
      expect(page).toContain(s.caption.split(' ')[0]!);
      // The drawing's own text is there too, as text: a connector says where to turn.
      if (s.svg.includes('See sheet')) expect(page).toMatch(/See sheets? \d/);
    });
    expect(pages.at(-1)!.text).toContain('Record');
  }, SLOW);
});

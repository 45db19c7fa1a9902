import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { exportText, type ExportInput } from '../../src/core/architecture/export-formats';
import type { Architecture, Layout } from '../../src/core/architecture/model';
import { parseArchitectureJson } from '../../src/core/export/json';
import { inlineSpans } from '../../src/core/export/pdf-markdown';
import { toSvg } from '../../src/core/export/svg';
import { layoutArchitecture } from '../../src/core/layout/elk-layout';
import { createNodeElk } from '../../src/node/elk';
import { exportFile } from '../../src/node/export-file';
import { LAYOUT_TIMEOUT, fixtureCases, type ExportCase } from './cases';
import { extractPdf } from './pdf-extract';
import { findAll, parseXml, textOf } from './xml-tree';
import { installFakeDom } from '../helpers/fake-dom';

/**
 * Any label text is faithful in every format: fast-check puts arbitrary Unicode (markup
 * characters, accents, CJK, right-to-left scripts, emoji, astral characters) into a node's
 * label, an edge's label and the title, and each exporter's output, read back the way its
 * tool reads it, must give the text as written. PNG and PDF are slower, so they get fewer runs.
 */

const PIECES = ['&', '<', '>', '"', "'", '&amp;', '<b>x</b>', '#35;', '|', '`', '*', '_', '[', ']', '\\', 'é', 'Ünïcödé', '注文サービス', '한국어', 'שירות הזמנות', 'خدمة الطلبات', '🚀', '👩‍💻', '🇯🇵', '→', '≈', 'ß', 'Ω', 'Ж'];
/** One word: a tricky piece or any Unicode grapheme run without controls or spaces (whitespace is collapsed on purpose). */
const word = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }).map((s) => s.replace(/[\p{Cc}\p{Cs}\p{Z}\u{FFFE}\u{FFFF}\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/gu, '')).filter((s) => s.length > 0),
);
const label = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));

/**
 * For PNG and PDF: text in the scripts the bundled fonts cover (Inter's Latin, Greek and
 * Cyrillic; Noto Sans JP's kana and common kanji; Hebrew; Arabic; emoji). A script no font
 * on the machine has cannot be drawn, whatever the writer.
 */
const COVERED: [number, number][] = [[0x21, 0x7e], [0xc0, 0x17f], [0x391, 0x3a1], [0x3a3, 0x3a9], [0x410, 0x44f], [0x3041, 0x3093], [0x30a1, 0x30f6], [0x5d0, 0x5ea], [0x627, 0x63a]];
const KANJI = [...'注文配送倉庫在庫顧客請求支払認証東京大阪日本語'];
const EMOJI = ['🚀', '🔥', '✅', '📦', '⚠', '🌍'];
const coveredWord = fc.array(
  fc.oneof(
    fc.constantFrom(...COVERED).chain(([a, b]) => fc.integer({ min: a, max: b })).map((cp) => String.fromCodePoint(cp)),
    fc.constantFrom(...KANJI, ...EMOJI),
  ),
  { minLength: 1, maxLength: 6 },
).map((chars) => chars.join(''));
const coveredLabel = fc.array(coveredWord, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));

let base: ExportCase;
let layout: Layout;
type Mermaid = { parse(text: string): Promise<{ diagramType: string } | false> };
let mermaid: Mermaid;

beforeAll(async () => {
  base = (await fixtureCases()).find((c) => c.name === 'tiny-fifo')!;
  layout = base.layout;
  await installFakeDom();
  mermaid = (await import('mermaid')).default as unknown as Mermaid;
}, LAYOUT_TIMEOUT);

/** The fixture model with the first node's and edge's labels, and the title, replaced. Same ids: the laid-out boxes still fit. */
function withLabels(text: string, edge: string, title: string): Architecture {
  const m = structuredClone(base.model);
  m.title = title;
  m.nodes[0]!.label = text;
  if (m.edges[0]) m.edges[0].label = edge;
  return m;
}

const input = (model: Architecture, lay = layout): ExportInput => ({ model, layout: lay, recommendations: [base.recommendation!], theme: 'light', date: '2025-01-15' });
const htmlText = (html: string) =>
  html.replace(/<br\s*\/?>/g, '\n').replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
/** Mermaid's entity codes back to characters, as mermaid does before drawing. */
const mermaidDecoded = (text: string) =>
  text.replace(/#quot;/g, '"').replace(/#lt;/g, '<').replace(/#gt;/g, '>').replace(/#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)));

describe('labels with any Unicode text', () => {
  it('come back as written from the SVG, draw.io, Mermaid, JSON and the decision record', async () => {
    await fc.assert(
      fc.asyncProperty(label, label, label, async (text, edge, title) => {
        const model = withLabels(text, edge, title);
        const first = model.nodes[0]!;

        // SVG: the node's tooltip holds the label whole; the drawn lines are its words (ellipsized at most).
        const svg = parseXml(toSvg(model, layout, { theme: 'light', title }));
        const node = findAll(svg, (e) => e.attrs['data-id'] === first.id && e.attrs.class === 'node')[0]!;
        expect(textOf(node.children.find((c) => c.tag === 'title')!).split('\n')[0]).toBe(first.serviceName !== text ? `${text}: ${first.serviceName}` : text);
        const drawn = node.children.filter((c) => c.tag === 'text' && c.attrs.class === 'node-label').flatMap((t) => t.children.map(textOf)).join(' ');
        expect(text.startsWith(drawn.replace(/…$/, '').split(' ')[0]!) || drawn.startsWith('…')).toBe(true);
        expect(textOf(findAll(svg, (e) => e.tag === 'title' && e.attrs.id === 'diagram-title')[0]!)).toBe(title);

        // draw.io: the cell's HTML label shows the text.
        const drawio = parseXml(exportText('drawio', input(model)));
        const cell = findAll(drawio, (e) => e.tag === 'UserObject' && e.attrs.id === `n:${first.id}`)[0]!;
        expect(htmlText(cell.attrs.label!).split('\n')[0]).toBe(text);
        if (model.edges[0]) expect(htmlText(findAll(drawio, (e) => e.tag === 'UserObject' && e.attrs.id === `e:${model.edges[0]!.id}`)[0]!.attrs.label!)).toBe(edge);

        // Mermaid: mermaid parses it; the label and the title decode to the text.
        const mmd = exportText('mermaid', input(model));
        await expect(mermaid.parse(mmd)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
        expect((parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(mmd)![1]!) as { title: string }).title).toBe(title);
        const nodeLine = mmd.split('\n').find((l) => l.trim().startsWith(`n_${first.id.replace(/[^A-Za-z0-9]/g, '_')}`))!;
        const shown = /^\s*\S+?[[(]+"(.*?)(?:<br\/>|")/.exec(nodeLine)![1]!;
        expect(mermaidDecoded(shown)).toBe(text);

        // JSON: re-imports to the same model.
        const json = parseArchitectureJson(exportText('json', input(model)));
        expect(json.ok && json.value.nodes[0]!.label).toBe(text);
        expect(json.ok && json.value.title).toBe(title);

        // ADR: the consequences bullet names the label; Markdown escaping reads back to it.
        const adr = exportText('adr', input(model));
        const bullet = adr.split('\n').find((l) => l.startsWith('- **') && l.includes(first.provenance.reason.slice(0, 20)))!;
        expect(inlineSpans(bullet.slice(2))[0]).toEqual({ text, face: 'bold' });
        expect(inlineSpans(adr.split('\n')[0]!.slice(2)).map((s) => s.text).join('')).toBe(`ADR: ${title}`);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('come back from the PDF as text, and the PNG draws with them', async () => {
    const elk = createNodeElk();
    await fc.assert(
      fc.asyncProperty(coveredLabel, coveredLabel, async (text, title) => {
        const model = withLabels(text, 'x', title);
        const laid = await layoutArchitecture(model, elk);
        const png = (await exportFile('png', input(model, laid), { scale: 1 })) as Uint8Array;
        expect(png.byteLength).toBeGreaterThan(1000);
        const pages = await extractPdf((await exportFile('pdf', input(model, laid))) as Uint8Array);
        const squash = (s: string) => s.replace(/\s+/g, '');
        // The page heading is the title, set in the PDF's own text flow: every character, in order for
        // left-to-right text; right-to-left runs may come back in display order, so compare as a multiset there.
        const heading = squash(pages[0]!.text).slice(0, squash(title).length + 8);
        if (/[\u0590-\u08ff]/.test(title)) expect([...squash(title)].sort().every((c) => heading.includes(c))).toBe(true);
        else expect(heading.startsWith(squash(title))).toBe(true);
        expect(pages.map((p) => p.text).join('')).not.toContain('\uFFFD');
      }),
      { numRuns: 12 },
    );
  }, 240_000);
});

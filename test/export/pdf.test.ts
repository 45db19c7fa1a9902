import { beforeAll, describe, expect, it } from 'vitest';
import { toAdr } from '../../src/core/export/adr';
import { planPdfFonts } from '../../src/core/export/pdf-font-plan';
import { pdfMarkdown } from '../../src/core/export/pdf-markdown';
import { textRuns } from '../../src/core/export/pdf-text-runs';
import { toSvg } from '../../src/core/export/svg';
import { toPdf } from '../../src/node/export-pdf';
import { LAYOUT_TIMEOUT, fixtureCases, type ExportCase } from './cases';
import { extractPdf } from './pdf-extract';

let cases: ExportCase[] = [];
beforeAll(async () => {
  cases = await fixtureCases();
}, LAYOUT_TIMEOUT);

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('toPdf', () => {
  it('draws the diagram as vectors on page one and the decision record after it, all text extractable', async () => {
    const web = cases.find((c) => c.name === 'web-app-dr')!;
    const rec = web.recommendation!;
    const adr = toAdr(rec, web.model, { date: '2025-01-15' });
    const bytes = await toPdf(toSvg(web.model, web.layout, { theme: 'light' }), adr, { title: 'Orders platform', date: '2025-01-15' });
    expect(latin1(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(latin1(bytes)).not.toMatch(/\/Subtype\s*\/Image/); // vectors, no raster
    expect(latin1(bytes)).toMatch(/\/FontFile2/); // embedded fonts
    const pages = await extractPdf(bytes);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.every((p) => Math.round(p.width) === 595 || Math.round(p.height) === 595)).toBe(true); // A4
    const diagram = pages[0]!.text.replace(/\s+/g, ' ');
    expect(diagram.startsWith('Orders platform')).toBe(true);
    for (const n of web.model.nodes.slice(0, 4)) expect(diagram, n.label).toContain(n.label.split(' ')[0]);
    const record = pages.slice(1).map((p) => p.text).join(' ').replace(/\s+/g, ' ');
    for (const text of [
      `ADR: ${web.model.title}`, 'Context', 'Alternatives considered', 'Facts cited', rec.facts[0]!.text,
      rec.answers[0]!.prompt, rec.figures[0]!.label, 'Orders <API> A', 'Users & "partners"', 'Amazon Aurora',
    ]) {
      expect(record, text).toContain(text.replace(/\s+/g, ' '));
    }
    expect(record).not.toContain('\uFFFD');
  });

  it('is the same file for the same input, on A4 or Letter', async () => {
    const tiny = cases.find((c) => c.name === 'tiny-fifo')!;
    const svg = toSvg(tiny.model, tiny.layout, { theme: 'dark' });
    const adr = toAdr(tiny.recommendation!, tiny.model, { date: '2025-01-15' });
    const a = await toPdf(svg, adr, { date: '2025-01-15' });
    const b = await toPdf(svg, adr, { date: '2025-01-15' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(latin1(a)).toContain('/FlateDecode');
    const letter = await extractPdf(await toPdf(svg, adr, { paper: 'Letter' }));
    expect(letter.map((p) => [Math.round(Math.min(p.width, p.height)), Math.round(Math.max(p.width, p.height))])).toContainEqual([612, 792]);
  });

  it('sets characters Inter lacks in the bundled fallbacks: CJK, Hebrew, Arabic, emoji, arrows', async () => {
    const tiny = cases.find((c) => c.name === 'tiny-fifo')!;
    const text = '注文サービス → שלום · مرحبا 🚀 ≈ Café';
    const bytes = await toPdf(toSvg(tiny.model, tiny.layout, { theme: 'light' }), `# ${text}\n\n- ${text}\n`, { title: text });
    const pages = await extractPdf(bytes);
    const all = pages.map((p) => p.text).join(' ');
    for (const piece of ['注文サービス', '→', '🚀', '≈', 'Café']) expect(all).toContain(piece);
    expect(latin1(bytes)).toMatch(/NotoSansJP/);
    expect(latin1(bytes)).not.toMatch(/\?\?\?\?/);
  });

  it('plans only the font slices the text needs, Inter first', () => {
    expect(planPdfFonts('Plain ASCII').map((f) => f.id)).toEqual(['inter-latin']);
    const ids = planPdfFonts('注 ש 🚀 Ж').map((f) => f.id);
    expect(ids[0]).toBe('inter-latin');
    expect(ids.some((id) => id.startsWith('noto-sans-jp-'))).toBe(true);
    expect(ids).toContain('noto-sans-hebrew-hebrew');
    expect(ids.some((id) => id.startsWith('noto-emoji-'))).toBe(true);
    expect(ids.some((id) => id.startsWith('inter-cyrillic'))).toBe(true);
  });

  it('splits text into runs by the first font that has each character, keeping spaces in the run', () => {
    const fonts = [
      { name: 'latin', has: (cp: number) => cp < 0x250 },
      { name: 'cjk', has: (cp: number) => cp >= 0x3000 || cp === 0x20 },
    ];
    expect(textRuns('Order 注文 list', fonts)).toEqual([
      { font: 'latin', text: 'Order ' }, { font: 'cjk', text: '注文 ' }, { font: 'latin', text: 'list' },
    ]);
  });

  it('reads back the Markdown toAdr writes: headings, bullets, tables; the Mermaid block becomes a note', () => {
    const blocks = pdfMarkdown('# T\n\n- **a** b \\*c\\*\n\n| x | y \\| z |\n| --- | --- |\n| 1 | 2 |\n\n```mermaid\nflowchart LR\n```\n\n![d](<f.svg>)\n');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'bullet', 'table', 'note']);
    expect(blocks[1]).toEqual({ kind: 'bullet', spans: [{ text: 'a', face: 'bold' }, { text: ' b *c*', face: 'regular' }] });
    expect(blocks[2]).toMatchObject({ kind: 'table', rows: [[[{ text: 'x' }], [{ text: 'y | z' }]], [[{ text: '1' }], [{ text: '2' }]]] });
  });
});

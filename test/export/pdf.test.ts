import { beforeAll, describe, expect, it } from 'vitest';
import { toAdr } from '../../src/core/export/adr';
import { pdfMarkdown } from '../../src/core/export/pdf-markdown';
import { toSvg } from '../../src/core/export/svg';
import { toPdf } from '../../src/node/export-pdf';
import { LAYOUT_TIMEOUT, fixtureCases, type ExportCase } from './cases';
import { readPdf } from './pdf-text';

let cases: ExportCase[] = [];
beforeAll(async () => {
  cases = await fixtureCases();
}, LAYOUT_TIMEOUT);

describe('toPdf', () => {
  it('puts the diagram on page one and the decision record on the pages after it', async () => {
    const web = cases.find((c) => c.name === 'web-app-dr')!;
    const rec = web.recommendation!;
    const adr = toAdr(rec, web.model, { date: '2025-01-15' });
    const bytes = await toPdf(toSvg(web.model, web.layout, { theme: 'light' }), adr, { title: 'Orders platform', compress: false, date: '2025-01-15' });
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const pages = readPdf(bytes);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]!.images).toBe(1);
    expect(pages[0]!.text.trim()).toBe('Orders platform');
    const record = pages.slice(1).map((p) => p.text).join(' ');
    expect(pages.slice(1).every((p) => p.images === 0)).toBe(true);
    for (const text of [
      `ADR: ${web.model.title}`, 'Context', 'Alternatives considered', 'Facts cited', rec.whyNot[0]!.text, rec.facts[0]!.text,
      rec.answers[0]!.prompt, rec.figures[0]!.label, 'Orders <API> A', 'Users & "partners"', 'Amazon Aurora',
    ]) {
      expect(record.replace(/\s+/g, ' '), text).toContain(text);
    }
    expect(record).not.toContain('\uFFFD');
  });

  it('is the same file for the same input, and compresses by default', async () => {
    const tiny = cases.find((c) => c.name === 'tiny-fifo')!;
    const svg = toSvg(tiny.model, tiny.layout, { theme: 'dark' });
    const adr = toAdr(tiny.recommendation!, tiny.model, { date: '2025-01-15' });
    const a = await toPdf(svg, adr, { date: '2025-01-15' });
    const b = await toPdf(svg, adr, { date: '2025-01-15' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).toString('latin1')).toContain('/FlateDecode');
    expect(readPdf(await toPdf(svg, adr, { compress: false })).length).toBeGreaterThanOrEqual(2);
  });

  it('reads back the Markdown toAdr writes: headings, bullets, tables; the Mermaid block becomes a note', () => {
    const blocks = pdfMarkdown('# T\n\n- **a** b \\*c\\*\n\n| x | y \\| z |\n| --- | --- |\n| 1 | 2 |\n\n```mermaid\nflowchart LR\n```\n\n![d](<f.svg>)\n');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'bullet', 'table', 'note']);
    expect(blocks[1]).toEqual({ kind: 'bullet', spans: [{ text: 'a', face: 'bold' }, { text: ' b *c*', face: 'regular' }] });
    expect(blocks[2]).toMatchObject({ kind: 'table', rows: [[[{ text: 'x' }], [{ text: 'y | z' }]], [[{ text: '1' }], [{ text: '2' }]]] });
  });
});

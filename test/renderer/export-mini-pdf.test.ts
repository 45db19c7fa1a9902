import { inflateSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { miniPdf, winAnsi } from '../../src/renderer/src/export/mini-pdf';

/**
 * The app's own PDF writer (web and desktop): a valid file a reader can open (cross-reference
 * offsets right, pages counted), page one the diagram, the record's text after it in
 * Helvetica with WinAnsi stand-ins, the same bytes for the same input.
 */

const MARKDOWN = [
  '# ADR: Queue → workers',
  '',
  '- **Status:** Proposed',
  '',
  '## Context',
  '',
  '| Question | Answer |',
  '| --- | --- |',
  '| Peak messages per second? | 2,000 msg/s (≤ 3,000) |',
  '',
  '## Decision',
  '',
  ...Array.from({ length: 120 }, (_, i) => `A long paragraph number ${i} that wraps over the width of the page, “quoted” — and goes on for a while so the record needs more than one page.`),
].join('\n');

function image(width: number, height: number, alpha = 255) {
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) rgba.set([i % 256, 80, 160, alpha], i * 4);
  return { width, height, cssWidth: width, cssHeight: height, rgba };
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('miniPdf', () => {
  it('writes a PDF whose cross-reference table points at every object', async () => {
    const pdf = text(await miniPdf({ title: 'Queue', image: image(40, 30), markdown: MARKDOWN, date: '2025-03-01' }));
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    expect(pdf.endsWith('%%EOF\n')).toBe(true);
    const xrefAt = Number(/startxref\n(\d+)/.exec(pdf)![1]);
    expect(pdf.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const entries = [...pdf.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    entries.forEach((offset, i) => expect(pdf.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
    expect(/\/Size (\d+)/.exec(pdf)![1]).toBe(String(entries.length + 1));
  });

  it('puts the diagram on page one and the record on the pages after', async () => {
    const pdf = text(await miniPdf({ title: 'Queue', image: image(40, 30), markdown: MARKDOWN }));
    const pages = [...pdf.matchAll(/\/Type \/Page \/Parent/g)].length;
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(/\/Count (\d+)/.exec(pdf)![1]).toBe(String(pages));
    // Wide image → landscape first page; the image drawn once, on it.
    expect(pdf).toMatch(/\/MediaBox \[0 0 841.89 595.28\]/);
    expect([...pdf.matchAll(/\/Im1 Do/g)]).toHaveLength(1);
    // One Tj per word (each placed at its measured x), stand-ins and escapes applied.
    expect(pdf).toContain('(Queue ) Tj');
    expect(pdf).toContain('(-> ) Tj');
    expect(pdf).toContain('(\\(<= ) Tj');
    expect(pdf).toContain('(\\223quoted\\224 ) Tj'); // WinAnsi curly quotes
  });

  it('carries transparency as a soft mask, and none for an opaque image', async () => {
    const opaque = text(await miniPdf({ title: 'T', image: image(4, 4), markdown: '' }));
    expect(opaque).not.toContain('/SMask');
    const clear = text(await miniPdf({ title: 'T', image: image(4, 4, 0), markdown: '' }));
    expect(clear).toMatch(/\/SMask \d+ 0 R/);
  });

  it('deflates every stream when given a deflater, and the pixels survive', async () => {
    const img = image(8, 2);
    const pdf = await miniPdf({ title: 'T', image: img, markdown: MARKDOWN, deflate: async (b) => new Uint8Array(deflateSync(b)) });
    const latin = text(pdf);
    expect(latin).toContain('/Filter /FlateDecode');
    const head = /\/Subtype \/Image[^>]*\/Length (\d+) >>\nstream\n/.exec(latin)!;
    const start = head.index + head[0].length;
    const rgb = inflateSync(Buffer.from(pdf.subarray(start, start + Number(head[1]))));
    expect([...rgb.subarray(0, 6)]).toEqual([0, 80, 160, 1, 80, 160]);
  });

  it('gives the same bytes for the same input', async () => {
    const input = { title: 'T', image: image(3, 3), markdown: MARKDOWN, date: '2025-03-01' };
    expect(await miniPdf(input)).toEqual(await miniPdf(input));
  });

  it('stands in for what WinAnsi lacks', () => {
    expect(String.fromCharCode(...winAnsi('a → b ≥ c ⚠️ 日'))).toBe('a -> b >= c ! ?');
    expect(winAnsi('€—•')).toEqual([128, 151, 149]);
  });
});

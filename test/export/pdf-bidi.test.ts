import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visualRuns } from '../../src/core/export/pdf-bidi';
import { toSvg } from '../../src/core/export/svg';
import { toPdf } from '../../src/node/export-pdf';
import { LAYOUT_TIMEOUT, fixtureCases, type ExportCase } from './cases';

/**
 * Right-to-left text in the PDF is drawn in visual order: runs left to right as a reader of
 * Hebrew or Arabic expects them, numbers and Latin words where the Bidirectional Algorithm
 * puts them. Checked on the runs, and on the words poppler's pdftotext finds on the page.
 */

const fonts = [
  { name: 'latin', has: (cp: number) => cp < 0x250 },
  { name: 'hebrew', has: (cp: number) => (cp >= 0x590 && cp < 0x600) || cp === 0x20 },
  { name: 'arabic', has: (cp: number) => (cp >= 0x600 && cp < 0x700) || cp === 0x20 },
];
/** What the page shows left to right: fontkit reverses a run whose first letter is Hebrew or Arabic. */
const drawn = (text: string) =>
  visualRuns(text, fonts).map((r) => (/^[^\p{L}]*[\p{sc=Hebr}\p{sc=Arab}]/u.test(r.text) ? [...r.text].reverse().join('') : r.text)).join('');
const rev = (s: string) => [...s].reverse().join('');

describe('visualRuns', () => {
  it('puts a right-to-left line\'s words right to left, a Latin word in its place', () => {
    expect(drawn('שלום AWS עולם')).toBe(`${rev('עולם')} AWS ${rev('שלום')}`);
  });

  it('keeps a left-to-right line in typed order, a Hebrew phrase inside it reversed as one', () => {
    expect(drawn('Orders: שירות הזמנות v2')).toBe(`Orders: ${rev('שירות הזמנות')} v2`);
  });

  it('mirrors brackets and keeps a CIDR left to right inside right-to-left text', () => {
    expect(drawn('שירות (ראשי) 10.0.1.0/24')).toBe(`10.0.1.0/24 (${rev('ראשי')}) ${rev('שירות')}`);
  });

  it('keeps Arabic-Indic digits in order, and an Arabic run in typed order for shaping', () => {
    expect(drawn('Price ١٢٣ USD')).toBe('Price ١٢٣ USD');
    expect(visualRuns('مرحبا بالعالم', fonts)).toEqual([{ font: 'arabic', text: 'مرحبا بالعالم' }]);
  });

  it('leaves text with no right-to-left character as plain font runs', () => {
    expect(visualRuns('Order 10.0.1.0/24', fonts)).toEqual([{ font: 'latin', text: 'Order 10.0.1.0/24' }]);
  });
});

describe('right-to-left labels in the PDF, as pdftotext reads the page', () => {
  let cases: ExportCase[] = [];
  let dir: string;
  beforeAll(async () => {
    cases = await fixtureCases();
    dir = mkdtempSync(join(tmpdir(), 'archtree-bidi-'));
  }, LAYOUT_TIMEOUT);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Words pdftotext finds, in drawing order (page, then top to bottom, left to right), as their glyphs run on the page. */
  const words = (pdf: string) =>
    [...execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' }).matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((m) => m[1]!);
  const triple = (list: string[], middle: string) => {
    const i = list.indexOf(middle);
    return list.slice(i - 1, i + 2);
  };

  it('draws a Hebrew diagram title and record line with the first word on the right', async () => {
    const tiny = cases.find((c) => c.name === 'tiny-fifo')!;
    const file = join(dir, 'rtl.pdf');
    writeFileSync(file, await toPdf(toSvg(tiny.model, tiny.layout, { theme: 'light', title: 'שלום Orders עולם' }), '# Record\n\nשלום Billing עולם\n', { title: 'RTL' }));
    const found = words(file);
    // pdftotext gives each word's glyphs in page order: a Hebrew word reads reversed.
    expect(triple(found, 'Orders')).toEqual([rev('עולם'), 'Orders', rev('שלום')]);
    expect(triple(found, 'Billing')).toEqual([rev('עולם'), 'Billing', rev('שלום')]);
  });
});

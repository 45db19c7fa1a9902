import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from '../../src/node/woff-to-sfnt';

/** The PDF's bundled fonts are unwrapped from WOFF once in Node; the font inside must be the same font. */

const require = createRequire(import.meta.url);
const inter = new Uint8Array(readFileSync(require.resolve('@fontsource/inter/files/inter-latin-600-normal.woff')));
/** pdfkit (through fontkit) reading the font: its PostScript name and the width it sets a string at. */
function read(bytes: Uint8Array) {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('f', Buffer.from(bytes));
  doc.font('f').fontSize(100);
  const font = (doc as unknown as { _font: { name: string } })._font;
  return { name: font.name, widths: ['AWS', 'Café', '10.0.1.0/24', 'Availability Zone'].map((t) => doc.widthOfString(t)) };
}

describe('woffToSfnt', () => {
  it('gives a TrueType file pdfkit reads as the same font: name and advances', () => {
    const sfnt = woffToSfnt(inter);
    expect(new DataView(sfnt.buffer).getUint32(0)).toBe(0x00010000);
    expect(read(sfnt)).toEqual(read(inter));
    expect(read(sfnt).name).toMatch(/Inter/);
    // resvg (PNG) needs these tables to draw text
    const view = new DataView(sfnt.buffer, sfnt.byteOffset);
    const tags = Array.from({ length: view.getUint16(4) }, (_, i) => String.fromCharCode(...sfnt.subarray(12 + 16 * i, 16 + 16 * i)));
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx', 'name']));
  });

  it('returns other bytes unchanged and refuses a truncated WOFF', () => {
    const ttf = woffToSfnt(inter);
    expect(woffToSfnt(ttf)).toBe(ttf);
    expect(() => woffToSfnt(inter.subarray(0, 2000))).toThrow(/WOFF table \d+ runs past the end/);
  });
});

import { pdfMarkdown, type PdfBlock, type PdfSpan } from '../../../core/export/pdf-markdown';
import { HELVETICA, HELVETICA_BOLD } from './helvetica-widths';

/**
 * The PDF export of the app (web and desktop alike): page one the diagram, the decision
 * record after it, written here byte by byte. Why not pdfkit, as the CLI uses? Its browser
 * build is a megabyte of fontkit and Node shims, and the app's CSP forbids the eval some of
 * it needs; sending the SVG to main instead would make the privileged process render
 * renderer-supplied markup, and still leave the web build without PDF. This writer needs
 * nothing: the text is set in the PDF's built-in Helvetica (WinAnsi, so characters outside
 * it get ASCII stand-ins), the diagram is the canvas's pixels, deflated. Pure: the same input
 * gives the same bytes, and tests run it in Node.
 */

export type PdfImage = { width: number; height: number; rgba: Uint8Array | Uint8ClampedArray };
export type MiniPdfInput = {
  title: string;
  /** the diagram's pixels (a canvas's getImageData) and its size in CSS pixels, for the page fit */
  image?: PdfImage & { cssWidth: number; cssHeight: number };
  /** the decision record, as toAdr writes it */
  markdown: string;
  /** ISO date, stamped as the creation date */
  date?: string;
  /** zlib deflate (CompressionStream('deflate') in a browser); absent: streams stay uncompressed */
  deflate?: (bytes: Uint8Array) => Promise<Uint8Array>;
};

const A4 = { w: 595.28, h: 841.89 };
const MARGIN = 48;
type Face = 'regular' | 'bold' | 'italic';
const FONT_KEY: Record<Face, string> = { regular: 'F1', bold: 'F2', italic: 'F3' };

/** Characters WinAnsi lacks, drawn as near-ASCII stand-ins. */
const STAND_INS: Record<string, string> = { '→': '->', '←': '<-', '↔': '<->', '⚠': '!', '⚠️': '!', '≤': '<=', '≥': '>=', '≈': '~', '✓': 'v', '≠': '!=', '\u00a0': ' ', '\ufe0f': '' };
const WIN_ANSI: Record<number, number> = {
  0x20ac: 128, 0x201a: 130, 0x0192: 131, 0x201e: 132, 0x2026: 133, 0x2020: 134, 0x2021: 135, 0x02c6: 136, 0x2030: 137,
  0x0160: 138, 0x2039: 139, 0x0152: 140, 0x017d: 142, 0x2018: 145, 0x2019: 146, 0x201c: 147, 0x201d: 148, 0x2022: 149,
  0x2013: 150, 0x2014: 151, 0x02dc: 152, 0x2122: 153, 0x0161: 154, 0x203a: 155, 0x0153: 156, 0x017e: 158, 0x0178: 159,
};

/** Text as WinAnsi codes: Latin-1 as is, the typographic extras mapped, the rest stood in for or '?'. */
export function winAnsi(text: string): number[] {
  const codes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const stand = STAND_INS[ch];
    if (stand !== undefined) {
      for (const c of stand) codes.push(c.charCodeAt(0));
      continue;
    }
    const cp = ch.codePointAt(0)!;
    if ((cp >= 32 && cp < 127) || (cp >= 160 && cp <= 255)) codes.push(cp);
    else if (WIN_ANSI[cp] !== undefined) codes.push(WIN_ANSI[cp]);
    else if (cp === 9) codes.push(32);
    else if (cp >= 32) codes.push(63); // '?'
  }
  return codes;
}

const widthOf = (codes: number[], face: Face, size: number) =>
  (codes.reduce((sum, c) => sum + ((face === 'bold' ? HELVETICA_BOLD : HELVETICA)[c - 32] ?? 556), 0) * size) / 1000;

/** A PDF literal string of WinAnsi codes: ( ) \ escaped, bytes above 126 as octal. */
function literal(codes: number[]): string {
  return `(${codes.map((c) => (c === 40 || c === 41 || c === 92 ? `\\${String.fromCharCode(c)}` : c > 126 || c < 32 ? `\\${c.toString(8).padStart(3, '0')}` : String.fromCharCode(c))).join('')})`;
}

type Word = { codes: number[]; face: Face; space: boolean };
type Line = { words: Word[]; width: number };

/** Spans → lines no wider than `width`, breaking at spaces (a word too long for a line gets one of its own). */
function wrap(spans: PdfSpan[], width: number, size: number, base: Face): Line[] {
  const words: Word[] = [];
  for (const span of spans) {
    const face: Face = span.face === 'regular' ? base : span.face;
    span.text.split(/(\s+)/).forEach((part) => {
      if (!part) return;
      if (/^\s+$/.test(part)) {
        if (words.length) words[words.length - 1]!.space = true;
        return;
      }
      words.push({ codes: winAnsi(part), face, space: false });
    });
  }
  const lines: Line[] = [];
  let line: Line = { words: [], width: 0 };
  const space = (face: Face) => widthOf([32], face, size);
  for (const w of words) {
    const prev = line.words[line.words.length - 1];
    const gap = prev?.space ? space(prev.face) : 0;
    const ww = widthOf(w.codes, w.face, size);
    if (line.words.length && line.width + gap + ww > width) {
      lines.push(line);
      line = { words: [], width: 0 };
    }
    const lead = line.words.length && prev?.space ? space(prev.face) : 0;
    line.words.push(w);
    line.width += lead + ww;
  }
  if (line.words.length) lines.push(line);
  return lines;
}

/** Page content streams, as drawing operators. */
class Pages {
  readonly pages: { size: [number, number]; ops: string[]; image?: boolean }[] = [];
  y = 0;
  private get current() {
    return this.pages[this.pages.length - 1]!;
  }
  add(size: [number, number] = [A4.w, A4.h]) {
    this.pages.push({ size, ops: [] });
    this.y = MARGIN;
  }
  /** Room for `h` points on this page, or a new page. */
  room(h: number) {
    if (this.y + h > this.current.size[1] - MARGIN) this.add();
  }
  op(text: string) {
    this.current.ops.push(text);
  }
  text(lines: Line[], x: number, size: number, colour: string, leading = size * 1.3) {
    for (const line of lines) {
      this.room(leading);
      const baseline = this.current.size[1] - this.y - size;
      let cx = x;
      const parts: string[] = [];
      line.words.forEach((w, i) => {
        const text = w.codes.concat(w.space && i < line.words.length - 1 ? [32] : []);
        parts.push(`/${FONT_KEY[w.face]} ${n(size)} Tf 1 0 0 1 ${n(cx)} ${n(baseline)} Tm ${literal(text)} Tj`);
        cx += widthOf(text, w.face, size);
      });
      this.op(`BT ${colour} rg ${parts.join(' ')} ET`);
      this.y += leading;
    }
  }
  rect(x: number, y: number, w: number, h: number, fill: string) {
    this.op(`${fill} rg ${n(x)} ${n(this.current.size[1] - y - h)} ${n(w)} ${n(h)} re f`);
  }
  rule(x: number, y: number, w: number, colour: string) {
    const py = this.current.size[1] - y;
    this.op(`${colour} RG 0.5 w ${n(x)} ${n(py)} m ${n(x + w)} ${n(py)} l S`);
  }
  image(x: number, y: number, w: number, h: number) {
    this.current.image = true;
    this.op(`q ${n(w)} 0 0 ${n(h)} ${n(x)} ${n(this.current.size[1] - y - h)} cm /Im1 Do Q`);
  }
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();
const rgb = (hex: string) => [1, 3, 5].map((i) => n(parseInt(hex.slice(i, i + 2), 16) / 255)).join(' ');
const INK = rgb('#1F2937'), HEAD = rgb('#111827'), MUTED = rgb('#6B7280'), RULE = rgb('#D1D5DB'), TINT = rgb('#F3F4F6');

function layoutRecord(pages: Pages, blocks: PdfBlock[]) {
  const width = A4.w - 2 * MARGIN;
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading': {
        const size = [0, 18, 13.5, 11.5][block.level] ?? 11;
        pages.room(size * 3);
        if (block.level > 1) pages.y += 6;
        pages.text(wrap(block.spans, width, size, 'bold'), MARGIN, size, HEAD);
        pages.y += 3;
        break;
      }
      case 'paragraph':
        pages.text(wrap(block.spans, width, 9.5, 'regular'), MARGIN, 9.5, INK);
        pages.y += 4;
        break;
      case 'note':
        pages.text(wrap(block.spans, width, 8.5, 'italic'), MARGIN, 8.5, MUTED);
        pages.y += 4;
        break;
      case 'bullet': {
        const lines = wrap(block.spans, width - 16, 9.5, 'regular');
        pages.room(12.35);
        pages.text([{ words: [{ codes: [149], face: 'regular', space: false }], width: 0 }], MARGIN + 4, 9.5, INK);
        pages.y -= 12.35;
        pages.text(lines, MARGIN + 16, 9.5, INK);
        pages.y += 1.5;
        break;
      }
      case 'table': {
        const columns = Math.max(...block.rows.map((r) => r.length), 1);
        const col = width / columns;
        const pad = 4;
        block.rows.forEach((row, ri) => {
          const face: Face = ri === 0 ? 'bold' : 'regular';
          const cells = row.map((cell) => wrap(cell, col - 2 * pad, 8.5, face));
          const h = Math.max(...cells.map((c) => c.length * 11.05), 11) + 2 * pad;
          pages.room(h);
          const top = pages.y;
          if (ri === 0) pages.rect(MARGIN, top, width, h, TINT);
          cells.forEach((lines, ci) => {
            pages.y = top + pad;
            pages.text(lines, MARGIN + ci * col + pad, 8.5, INK, 11.05);
          });
          pages.rule(MARGIN, top + h, width, RULE);
          pages.y = top + h;
        });
        pages.y += 8;
        break;
      }
    }
  }
}

const ascii = (text: string) => new TextEncoder().encode(text);

/** Write the PDF. */
export async function miniPdf(input: MiniPdfInput): Promise<Uint8Array> {
  const pages = new Pages();
  const img = input.image;
  const landscape = !!img && img.cssWidth > img.cssHeight;
  pages.add(landscape ? [A4.h, A4.w] : [A4.w, A4.h]);
  const [pw, ph] = landscape ? [A4.h, A4.w] : [A4.w, A4.h];
  pages.text(wrap([{ text: input.title, face: 'bold' }], pw - 2 * MARGIN, 15, 'bold'), MARGIN, 15, HEAD);
  if (img && img.width > 0 && img.height > 0) {
    const top = pages.y + 12;
    const fit = Math.min((pw - 2 * MARGIN) / img.cssWidth, (ph - top - MARGIN) / img.cssHeight);
    const w = img.cssWidth * fit, h = img.cssHeight * fit;
    pages.image((pw - w) / 2, top, w, h);
  }
  pages.add();
  layoutRecord(pages, pdfMarkdown(input.markdown));

  // Objects: 1 catalog, 2 pages, 3–5 fonts, 6 info, [7 image, 8 alpha], then page/content pairs.
  const objects: (Uint8Array | string)[] = [];
  const stream = async (dict: string, data: Uint8Array): Promise<Uint8Array> => {
    const body = input.deflate ? await input.deflate(data) : data;
    const head = ascii(`<< ${dict}${input.deflate ? ' /Filter /FlateDecode' : ''} /Length ${body.length} >>\nstream\n`);
    return concat([head, body, ascii('\nendstream')]);
  };
  const font = (base: string) => `<< /Type /Font /Subtype /Type1 /BaseFont /${base} /Encoding /WinAnsiEncoding >>`;
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[3] = font('Helvetica');
  objects[4] = font('Helvetica-Bold');
  objects[5] = font('Helvetica-Oblique');
  const created = input.date ? `/CreationDate (D:${input.date.replace(/-/g, '').slice(0, 8)}000000Z) ` : '';
  objects[6] = `<< /Title ${literal(winAnsi(input.title))} /Creator (Archtree) /Producer (Archtree) ${created}>>`;
  let next = 7;
  let imageRef = '';
  if (img && img.width > 0 && img.height > 0) {
    const { colour, alpha } = splitChannels(img.rgba);
    const imageId = next++;
    const alphaId = alpha ? next++ : 0;
    const size = `/Width ${img.width} /Height ${img.height} /BitsPerComponent 8`;
    objects[imageId] = await stream(`/Type /XObject /Subtype /Image ${size} /ColorSpace /DeviceRGB${alpha ? ` /SMask ${alphaId} 0 R` : ''}`, colour);
    if (alpha) objects[alphaId] = await stream(`/Type /XObject /Subtype /Image ${size} /ColorSpace /DeviceGray`, alpha);
    imageRef = `/XObject << /Im1 ${imageId} 0 R >> `;
  }
  const kids: number[] = [];
  for (const page of pages.pages) {
    const pageId = next++, contentId = next++;
    kids.push(pageId);
    const resources = `<< /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> ${page.image ? imageRef : ''}>>`;
    objects[pageId] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${n(page.size[0])} ${n(page.size[1])}] /Resources ${resources} /Contents ${contentId} 0 R >>`;
    objects[contentId] = await stream('', ascii(page.ops.join('\n')));
  }
  objects[2] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;

  // The comment of four high bytes after the header tells transfer tools the file is binary.
  const parts: Uint8Array[] = [ascii('%PDF-1.4\n'), new Uint8Array([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a])];
  const offsets: number[] = [];
  let at = parts.reduce((s, p) => s + p.length, 0);
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = at;
    const body = objects[id]!;
    const chunk = concat([ascii(`${id} 0 obj\n`), typeof body === 'string' ? ascii(body) : body, ascii('\nendobj\n')]);
    parts.push(chunk);
    at += chunk.length;
  }
  const xref = [`xref\n0 ${objects.length}\n`, '0000000000 65535 f \n', ...offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(ascii(`${xref}trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${at}\n%%EOF\n`));
  return concat(parts);
}

/** RGBA → RGB, plus the alpha channel only when some pixel is not opaque (a transparent theme). */
function splitChannels(rgba: Uint8Array | Uint8ClampedArray): { colour: Uint8Array; alpha?: Uint8Array } {
  const pixels = rgba.length / 4;
  const colour = new Uint8Array(pixels * 3);
  const alpha = new Uint8Array(pixels);
  let opaque = true;
  for (let i = 0; i < pixels; i++) {
    colour[i * 3] = rgba[i * 4]!;
    colour[i * 3 + 1] = rgba[i * 4 + 1]!;
    colour[i * 3 + 2] = rgba[i * 4 + 2]!;
    alpha[i] = rgba[i * 4 + 3]!;
    if (alpha[i] !== 255) opaque = false;
  }
  return opaque ? { colour } : { colour, alpha };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) (out.set(p, at), (at += p.length));
  return out;
}

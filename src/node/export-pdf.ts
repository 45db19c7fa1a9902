import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { pdfMarkdown, type PdfBlock, type PdfSpan } from '../core/export/pdf-markdown';
import { toPng } from './export-png';

/**
 * A PDF for a design doc: the diagram on page one (the PNG of the SVG, at up to 2×), the
 * decision record after it, set in Inter with a system font for the characters Inter's
 * bundled subsets lack.
 */

export type PdfOptions = {
  /** heading above the diagram; the SVG's <title> when absent */
  title?: string;
  /** ISO date stamped as the PDF's creation date, so the same input gives the same file */
  date?: string;
  /** deflate page content (default true); false leaves text greppable, for tests */
  compress?: boolean;
};

type Face = 'regular' | 'bold' | 'italic';
const MARGIN = 48;
const A4: [number, number] = [595.28, 841.89];
const ASCII_STAND_INS: Record<string, string> = { '→': '->', '←': '<-', '⚠': '!', '≤': '<=', '≥': '>=', '×': 'x', '✓': 'v', '≈': '~' };

type Doc = InstanceType<typeof PDFDocument>;
type Coverage = (codePoint: number) => boolean;

/** Fonts per face, most preferred first: Inter subsets, then a broad system font. */
function registerFonts(doc: Doc): Record<Face, { name: string; covers: Coverage }[]> {
  const require = createRequire(import.meta.url);
  const inter = (file: string) => {
    try {
      return require.resolve(`@fontsource/inter/files/inter-${file}.woff`);
    } catch {
      return undefined;
    }
  };
  const system = (files: string[]) => files.find((f) => existsSync(f));
  const sources: Record<Face, (string | undefined)[]> = {
    regular: [inter('latin-400-normal'), inter('latin-ext-400-normal'), inter('greek-400-normal'), inter('cyrillic-400-normal'),
      system(['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'])],
    bold: [inter('latin-600-normal'), inter('latin-ext-600-normal'),
      system(['/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'])],
    italic: [inter('latin-400-italic'), inter('latin-ext-400-italic'),
      system(['/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf'])],
  };
  const standard: Record<Face, string> = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' };
  const out = {} as Record<Face, { name: string; covers: Coverage }[]>;
  for (const face of ['regular', 'bold', 'italic'] as Face[]) {
    out[face] = sources[face].flatMap((file, i) => {
      if (!file) return [];
      const name = `${face}-${i}`;
      doc.registerFont(name, file);
      doc.font(name);
      // pdfkit keeps the fontkit font of an embedded face here; without it, assume coverage.
      const font = (doc as unknown as { _font?: { font?: { hasGlyphForCodePoint?: (cp: number) => boolean } } })._font?.font;
      return [{ name, covers: (cp: number) => font?.hasGlyphForCodePoint?.(cp) ?? true }];
    });
    // Last resort: the PDF standard font (WinAnsi only), so a PDF is made even with no font files at all.
    if (out[face].length === 0) out[face].push({ name: standard[face], covers: (cp) => cp < 0x100 });
  }
  return out;
}

/** Split text into runs, each set in the first font of its face that has the glyphs. */
function runs(text: string, fonts: { name: string; covers: Coverage }[]): { font: string; text: string }[] {
  const out: { font: string; text: string }[] = [];
  for (const raw of text.replace(/[\uFE0E\uFE0F\u200D]/g, '')) {
    const cp = raw.codePointAt(0)!;
    let font = fonts.find((f) => f.covers(cp));
    let ch = raw;
    if (!font) {
      ch = ASCII_STAND_INS[raw] ?? '?';
      font = fonts[0]!;
    }
    const last = out[out.length - 1];
    if (last && last.font === font.name) last.text += ch;
    else out.push({ font: font.name, text: ch });
  }
  return out;
}

function svgSize(svg: string): { width: number; height: number; title?: string } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\bwidth="([\d.]+)"/.exec(root)?.[1] ?? 0);
  const height = Number(/\bheight="([\d.]+)"/.exec(root)?.[1] ?? 0);
  const title = /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1]
    ?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return { width, height, title };
}

/** The diagram (page one) and the decision record (the pages after) as one PDF. */
export async function toPdf(svg: string, adrMarkdown: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const size = svgSize(svg);
  const title = options.title ?? size.title ?? 'Architecture';
  const doc = new PDFDocument({
    autoFirstPage: false,
    compress: options.compress ?? true,
    margin: MARGIN,
    info: { Title: title, Creator: 'Archtree', Producer: 'Archtree', ...(options.date ? { CreationDate: new Date(options.date) } : {}) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const fonts = registerFonts(doc);

  const write = (spans: PdfSpan[], opts: { x: number; y?: number; width: number; size: number; face?: Face; colour?: string }) => {
    const pieces = spans.flatMap((s) => runs(s.text, fonts[s.face === 'regular' ? (opts.face ?? 'regular') : s.face]));
    doc.fillColor(opts.colour ?? '#1F2937').fontSize(opts.size);
    if (pieces.length === 0) pieces.push({ font: fonts.regular[0]!.name, text: ' ' });
    pieces.forEach((p, i) => {
      doc.font(p.font);
      const last = i === pieces.length - 1;
      if (i === 0) doc.text(p.text, opts.x, opts.y ?? doc.y, { width: opts.width, continued: !last, lineGap: 2 });
      else doc.text(p.text, { continued: !last, lineGap: 2 });
    });
  };

  // Page one: the diagram, as large as the page allows, landscape for wide diagrams.
  const landscape = size.width > size.height;
  doc.addPage({ size: 'A4', layout: landscape ? 'landscape' : 'portrait', margin: MARGIN });
  const [pw, ph] = landscape ? [A4[1], A4[0]] : A4;
  write([{ text: title, face: 'bold' }], { x: MARGIN, y: MARGIN, width: pw - 2 * MARGIN, size: 15, face: 'bold' });
  const top = doc.y + 12;
  if (size.width > 0 && size.height > 0) {
    const scale = Math.min(2, Math.sqrt(40_000_000 / (size.width * size.height)));
    const png = Buffer.from(toPng(svg, { scale }));
    doc.image(png, MARGIN, top, { fit: [pw - 2 * MARGIN, ph - top - MARGIN], align: 'center' });
  }

  // The pages after: the decision record.
  doc.addPage({ size: 'A4', layout: 'portrait', margin: MARGIN });
  const width = A4[0] - 2 * MARGIN;
  const bottom = A4[1] - MARGIN;
  const room = (h: number) => {
    if (doc.y + h > bottom) doc.addPage({ size: 'A4', layout: 'portrait', margin: MARGIN });
  };
  for (const block of pdfMarkdown(adrMarkdown)) renderBlock(block);
  doc.end();
  await done;
  const out = Buffer.concat(chunks);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);

  function renderBlock(block: PdfBlock): void {
    switch (block.kind) {
      case 'heading': {
        const size = [0, 18, 13.5, 11.5][block.level] ?? 11;
        room(size * 3);
        doc.moveDown(block.level === 1 ? 0 : 0.6);
        write(block.spans, { x: MARGIN, width, size, face: 'bold', colour: '#111827' });
        doc.moveDown(0.3);
        return;
      }
      case 'paragraph':
        room(14);
        write(block.spans, { x: MARGIN, width, size: 9.5 });
        doc.moveDown(0.4);
        return;
      case 'bullet': {
        room(14);
        const y = doc.y;
        write([{ text: '•', face: 'regular' }], { x: MARGIN + 4, y, width: 10, size: 9.5 });
        write(block.spans, { x: MARGIN + 16, y, width: width - 16, size: 9.5 });
        doc.moveDown(0.15);
        return;
      }
      case 'note':
        room(14);
        write(block.spans, { x: MARGIN, width, size: 8.5, face: 'italic', colour: '#6B7280' });
        doc.moveDown(0.4);
        return;
      case 'table':
        renderTable(block.rows);
        return;
    }
  }

  function renderTable(rows: PdfSpan[][][]): void {
    const columns = Math.max(...rows.map((r) => r.length));
    const colWidth = width / columns;
    const pad = 4;
    rows.forEach((row, ri) => {
      const face: Face = ri === 0 ? 'bold' : 'regular';
      doc.fontSize(8.5);
      const heights = row.map((cell) => {
        doc.font(fonts[face][0]!.name);
        return doc.heightOfString(cell.map((s) => s.text).join('') || ' ', { width: colWidth - 2 * pad, lineGap: 2 });
      });
      const h = Math.max(...heights, 10) + 2 * pad;
      room(h);
      const y = doc.y;
      if (ri === 0) doc.rect(MARGIN, y, width, h).fill('#F3F4F6');
      row.forEach((cell, ci) => write(cell, { x: MARGIN + ci * colWidth + pad, y: y + pad, width: colWidth - 2 * pad, size: 8.5, face }));
      doc.moveTo(MARGIN, y + h).lineTo(MARGIN + width, y + h).lineWidth(0.5).strokeColor('#D1D5DB').stroke();
      doc.x = MARGIN;
      doc.y = y + h;
    });
    doc.moveDown(0.6);
  }
}

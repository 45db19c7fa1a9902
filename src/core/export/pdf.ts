import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { smallestFontPx } from '../architecture/readability';
import { PRINT_MIN_PT } from '../layout/page-fit';
import { PAPER, PDF_CAPTION_BAND, PDF_MARGIN, type PaperSize } from './paper';
import { wrapCodeLine } from './pdf-code';
import { pdfMarkdown, type PdfBlock, type PdfSpan } from './pdf-markdown';
import { detailTiles } from './pdf-tiles';
import { visualRuns } from './pdf-bidi';
import type { Coverage } from './pdf-text-runs';

/**
 * The one PDF writer, for the app (web and desktop) and the CLI alike: the diagram on page
 * one drawn as vectors (the exported SVG through svg-to-pdfkit), the decision record on the
 * pages after it, every character in an embedded font (subsets, so the file stays small)
 * with a fallback chain for scripts Inter lacks, text selectable and extractable (pdfkit
 * writes a ToUnicode map for every font). The fonts are passed in: Node reads them from
 * node_modules (src/node/pdf-fonts.ts), the browser fetches them (renderer export/pdf-fonts.ts).
 */

export type PdfFontFile = {
  id: string;
  /** font file bytes: TrueType, OpenType, WOFF or WOFF2 */
  regular: Uint8Array;
  bold?: Uint8Array;
  italic?: Uint8Array;
  /** a monospace font for code blocks only (regular face), never in the chain for prose */
  monospace?: boolean;
};

export type { PaperSize };

export type PdfOptions = {
  /** in order of preference; see planPdfFonts for which the text needs */
  fonts: PdfFontFile[];
  /** heading above the diagram; the SVG's <title> when absent */
  title?: string;
  /** ISO date stamped as the PDF's creation date, so the same input gives the same file */
  date?: string;
  /** deflate page content (default true) */
  compress?: boolean;
  paper?: PaperSize;
  /** chart SVGs (src/core/export/chart-svg.ts), drawn as vectors after the decision record */
  charts?: string[];
  /**
   * The diagram cut into print sheets (../architecture/sheets.ts), each an SVG with what it
   * holds: drawn one per page after the overview, instead of detail tiles of the overview.
   */
  sheets?: { caption: string; svg: string }[];
};

type Face = 'regular' | 'bold' | 'italic';
type Doc = InstanceType<typeof PDFDocument>;
const MARGIN = PDF_MARGIN;
const TEXT = '#1F2937';
/** The smallest text a printed page should carry, in points (the layout aims for it: ../layout/page-fit.ts). */
const MIN_PRINTED_PT = PRINT_MIN_PT;
/** Detail tiles overlap by at least this much, in points, so a label cut by one tile is whole in the next. */
const OVERLAP = 36;

/** Every piece of text the PDF will set: the SVG's text content and the record. For planPdfFonts. */
export function pdfText(svg: string, markdown: string, charts: string[] = []): string {
  return `${decodeXml([svg, ...charts].join(' ').replace(/<[^>]*>/g, ' '))} ${markdown}`;
}

const decodeXml = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const encodeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Fallback chains by face; mono: the monospace fonts, then the regular chain for what they lack. */
type Registered = Record<Face | 'mono', Coverage[]>;

/** Register every face of every font; read each one's glyph coverage from fontkit. */
function registerFonts(doc: Doc, fonts: PdfFontFile[]): Registered {
  const out: Registered = { regular: [], bold: [], italic: [], mono: [] };
  const coverage = (name: string): Coverage => {
    doc.font(name);
    // pdfkit keeps the fontkit font of an embedded face here.
    const font = (doc as unknown as { _font?: { font?: { hasGlyphForCodePoint?: (cp: number) => boolean } } })._font?.font;
    return { name, has: (cp) => font?.hasGlyphForCodePoint?.(cp) ?? false };
  };
  for (const f of fonts) {
    if (f.monospace) {
      doc.registerFont(`${f.id}-mono`, toBuffer(f.regular) as unknown as string);
      out.mono.push(coverage(`${f.id}-mono`));
      continue;
    }
    for (const face of ['regular', 'bold', 'italic'] as Face[]) {
      const bytes = f[face] ?? f.regular;
      const name = `${f.id}-${face}`;
      doc.registerFont(name, toBuffer(bytes) as unknown as string);
      out[face].push(coverage(name));
    }
  }
  out.mono.push(...out.regular);
  return out;
}

/** pdfkit's Node build wants a Buffer; the browser build a Uint8Array (it has no Buffer). */
const toBuffer = (bytes: Uint8Array): Uint8Array =>
  typeof Buffer !== 'undefined' ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;

/**
 * The SVG with each text run wrapped in a <tspan> naming its font as `font-family="pdf-N"`
 * (N: index in the fallback chain), for the fontCallback below. Whole-text content only:
 * toSvg writes no mixed content.
 */
function svgWithFontRuns(svg: string, fonts: Coverage[]): string {
  return svg.replace(/(<(?:text|tspan)\b[^>]*>)([^<]+)(?=<\/(?:text|tspan)>)/g, (_all, open: string, content: string) => {
    const runs = visualRuns(decodeXml(content), fonts);
    // Spaces kept as given: a run reordered for right-to-left text may start or end with one.
    const space = runs.length > 1 ? ' xml:space="preserve"' : '';
    return open + runs.map((r) => `<tspan font-family="pdf-${fonts.findIndex((f) => f.name === r.font)}"${space}>${encodeXml(r.text)}</tspan>`).join('');
  });
}

/** An SVG's width and height attributes, px (0 when missing). */
function sizeOf(source: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(source)?.[0] ?? '';
  return { width: Number(/\bwidth="([\d.]+)"/.exec(root)?.[1] ?? 0), height: Number(/\bheight="([\d.]+)"/.exec(root)?.[1] ?? 0) };
}

/** The smallest text a drawing sets (px), read from the SVG itself; at most 72. */
const smallestOf = (svg: string) => Math.min(smallestFontPx(svg), 72);

/** The diagram and the decision record as one PDF document. */
export async function toPdf(svg: string, adrMarkdown: string, options: PdfOptions): Promise<Uint8Array> {
  const { width: svgWidth, height: svgHeight } = sizeOf(svg);
  const svgTitle = /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1];
  const title = options.title ?? (svgTitle ? decodeXml(svgTitle) : 'Architecture');
  const [paperW, paperH] = PAPER[options.paper ?? 'A4'];
  const size = options.paper ?? 'A4';

  if (!options.fonts.some((f) => !f.monospace)) throw new Error('toPdf: no fonts given; load them with planPdfFonts');
  const doc = new PDFDocument({
    // Our own first font as the default: the browser build of pdfkit has no standard fonts (Helvetica) loaded.
    font: toBuffer(options.fonts.find((f) => !f.monospace)!.regular) as unknown as string,
    autoFirstPage: false,
    compress: options.compress ?? true,
    margin: MARGIN,
    info: { Title: title, Creator: 'Archtree', Producer: 'Archtree', ...(options.date ? { CreationDate: new Date(options.date) } : {}) },
  });
  const chunks: Uint8Array[] = [];
  doc.on('data', (c: Uint8Array) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const fonts = registerFonts(doc, options.fonts);

  const write = (spans: PdfSpan[], opts: { x: number; y?: number; width: number; size: number; face?: Face; colour?: string }) => {
    const pieces = spans.flatMap((s) => visualRuns(s.text, fonts[s.face === 'regular' ? (opts.face ?? 'regular') : s.face]));
    doc.fillColor(opts.colour ?? TEXT).fontSize(opts.size);
    if (pieces.length === 0) pieces.push({ font: fonts.regular[0]!.name, text: ' ' });
    pieces.forEach((p, i) => {
      doc.font(p.font);
      const last = i === pieces.length - 1;
      if (i === 0) doc.text(p.text, opts.x, opts.y ?? doc.y, { width: opts.width, continued: !last, lineGap: 2 });
      else doc.text(p.text, { continued: !last, lineGap: 2 });
    });
  };

  // Page one: the diagram as vectors, as large as the page allows, landscape for wide diagrams.
  const runsSvg = svgWithFontRuns(svg, fonts.regular);
  const drawSvg = (x: number, y: number, w: number, h: number, source = runsSvg) =>
    SVGtoPDF(doc, source, x, y, {
      width: w,
      height: h,
      assumePt: true,
      preserveAspectRatio: 'xMidYMin meet',
      fontCallback: (family: string, bold: boolean, italic: boolean) => {
        const i = Number(/^pdf-(\d+)$/.exec(family)?.[1] ?? 0);
        return (fonts[bold ? 'bold' : italic ? 'italic' : 'regular'][i] ?? fonts.regular[0]!).name;
      },
      warningCallback: () => undefined,
    });
  const caption = (text: string, width: number) => write([{ text, face: 'regular' }], { x: MARGIN, y: MARGIN, width, size: 8, colour: '#6B7280' });
  /** The band a caption needs above a drawing, pt: PDF_CAPTION_BAND, or more for a caption of three lines or more (a drawing would paint over them). */
  const captionBand = (text: string, width: number) => {
    doc.font(fonts.regular[0]!.name).fontSize(8);
    return Math.max(PDF_CAPTION_BAND, Math.ceil(doc.heightOfString(text, { width, lineGap: 2 })) + 8);
  };
  const landscape = svgWidth > svgHeight;
  doc.addPage({ size, layout: landscape ? 'landscape' : 'portrait', margin: MARGIN });
  const [pw, ph] = landscape ? [paperH, paperW] : [paperW, paperH];
  write([{ text: title, face: 'bold' }], { x: MARGIN, y: MARGIN, width: pw - 2 * MARGIN, size: 15, face: 'bold' });
  const sheets = options.sheets ?? [];
  if (sheets.length > 0) {
    write([{ text: `After this page the drawing is printed again in ${sheets.length} sheets, a part on each page with its text at ${MIN_PRINTED_PT} pt or larger; dashed boxes name the sheet a flow continues on.`, face: 'regular' }],
      { x: MARGIN, width: pw - 2 * MARGIN, size: 8, colour: '#6B7280' });
  }
  const top = doc.y + 12;
  if (svgWidth > 0 && svgHeight > 0) {
    const room = { width: pw - 2 * MARGIN, height: ph - top - MARGIN };
    const scale = Math.min(room.width / svgWidth, room.height / svgHeight);
    drawSvg(MARGIN + (room.width - svgWidth * scale) / 2, top, svgWidth * scale, svgHeight * scale);
    if (sheets.length === 0 && smallestOf(svg) * scale < MIN_PRINTED_PT) detailPages(runsSvg, svg, title);
  }
  sheets.forEach((sheet, i) => sheetPage(sheet, i + 1, sheets.length));

  /** One print sheet on a page of its own, fitted to the page below its caption; detail tiles after it if it still prints small. */
  function sheetPage(sheet: { caption: string; svg: string }, n: number, count: number): void {
    const { width: w, height: h } = sizeOf(sheet.svg);
    if (!(w > 0 && h > 0)) return;
    const label = `Sheet ${n} of ${count}: ${sheet.caption}`;
    const band = captionBand(label, Math.min(paperW, paperH) - 2 * MARGIN);
    const window = (wide: boolean) => ({ width: (wide ? paperH : paperW) - 2 * MARGIN, height: (wide ? paperW : paperH) - 2 * MARGIN - band });
    const fit = (wide: boolean) => Math.min(window(wide).width / w, window(wide).height / h);
    const wide = fit(true) > fit(false);
    const box = window(wide), scale = fit(wide);
    doc.addPage({ size, layout: wide ? 'landscape' : 'portrait', margin: MARGIN });
    caption(label, box.width);
    const source = svgWithFontRuns(sheet.svg, fonts.regular);
    drawSvg(MARGIN + (box.width - w * scale) / 2, MARGIN + band, w * scale, h * scale, source);
    if (smallestOf(sheet.svg) * scale < MIN_PRINTED_PT) detailPages(source, sheet.svg, label);
  }

  /**
   * A drawing whose smallest text prints under 7 pt on one page gets detail pages after it:
   * the same vectors at a scale where that text is 7 pt, cut into page-sized tiles
   * (./pdf-tiles.ts: in reading order, spread evenly, overlapping so nothing falls on a cut).
   */
  function detailPages(source: string, plain: string, label: string): void {
    const { width: sw, height: sh } = sizeOf(plain);
    const s = MIN_PRINTED_PT / smallestOf(plain);
    const w = sw * s, h = sh * s;
    const detail = (n: number, of: number, row: number, col: number) => `${label} — detail ${n} of ${of} (row ${row}, column ${col})`;
    const band = captionBand(detail(99, 99, 99, 99), Math.min(paperW, paperH) - 2 * MARGIN);
    const grid = detailTiles(w, h, [paperW, paperH], MARGIN, band, OVERLAP);
    for (const tile of grid.tiles) {
      doc.addPage({ size, layout: grid.wide ? 'landscape' : 'portrait', margin: MARGIN });
      caption(detail(tile.row * grid.cols + tile.col + 1, grid.tiles.length, tile.row + 1, tile.col + 1), grid.box.width);
      const y0 = MARGIN + band;
      doc.save();
      doc.rect(MARGIN, y0, grid.box.width, grid.box.height).clip();
      drawSvg(MARGIN - tile.x, y0 - tile.y, w, h, source);
      doc.restore();
    }
  }

  // The pages after: the decision record.
  doc.addPage({ size, layout: 'portrait', margin: MARGIN });
  const width = paperW - 2 * MARGIN;
  const bottom = paperH - MARGIN;
  const room = (h: number) => {
    if (doc.y + h > bottom) doc.addPage({ size, layout: 'portrait', margin: MARGIN });
  };
  for (const block of pdfMarkdown(adrMarkdown)) renderBlock(block);
  for (const chart of options.charts ?? []) drawChart(chart);
  doc.end();
  await done;
  return concat(chunks);

  /** A chart at the text width, below the record (a new page when it does not fit). */
  function drawChart(chartSvg: string): void {
    const { width: w, height: h } = sizeOf(chartSvg);
    if (!(w > 0 && h > 0)) return;
    const height = (h * width) / w;
    room(height + 12);
    const y = doc.y + 6;
    drawSvg(MARGIN, y, width, height, svgWithFontRuns(chartSvg, fonts.regular));
    doc.x = MARGIN;
    doc.y = y + height + 6;
  }

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
      case 'code':
        renderCode(block.lines);
        return;
    }
  }

  /**
   * A code block on a grey band in the monospace font, 8 pt, cut to the text width
   * (./pdf-code.ts) and continued line by line onto the next page. Indentation is drawn as
   * an offset, so each line's text extracts without padding.
   */
  function renderCode(lines: string[]): void {
    const pt = 8, lineHeight = 10.5, pad = 6;
    doc.font(fonts.mono[0]!.name).fontSize(pt);
    const charWidth = doc.widthOfString('0');
    const pieces = lines.flatMap((l) => wrapCodeLine(l, (width - 2 * pad) / charWidth));
    room(lineHeight * Math.min(pieces.length, 3) + pad);
    let y = doc.y;
    const band = (h: number) => doc.rect(MARGIN, y, width, h).fill('#F3F4F6');
    band(pad / 2);
    y += pad / 2;
    for (const piece of pieces) {
      if (y + lineHeight > bottom) {
        doc.addPage({ size, layout: 'portrait', margin: MARGIN });
        y = MARGIN;
      }
      band(lineHeight);
      const indent = /^ */.exec(piece)![0].length;
      let x = MARGIN + pad + indent * charWidth;
      doc.fillColor(TEXT).fontSize(pt);
      for (const run of visualRuns(piece.slice(indent), fonts.mono)) {
        doc.font(run.font).text(run.text, x, y + 1.5, { lineBreak: false });
        x += doc.widthOfString(run.text);
      }
      y += lineHeight;
    }
    band(pad / 2);
    doc.x = MARGIN;
    doc.y = y + pad / 2;
    doc.moveDown(0.6);
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

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

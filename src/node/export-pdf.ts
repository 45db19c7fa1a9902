import { pdfText, toPdf as writePdf, type PdfOptions as CorePdfOptions } from '../core/export/pdf';
import { loadPdfFonts } from './pdf-fonts';

/**
 * The PDF in Node (CLI, tests): the one writer in src/core/export/pdf.ts, with the fonts the
 * text needs read from node_modules.
 */

export type PdfOptions = Omit<CorePdfOptions, 'fonts'>;

export function toPdf(svg: string, adrMarkdown: string, options: PdfOptions = {}): Promise<Uint8Array> {
  return writePdf(svg, adrMarkdown, { ...options, fonts: loadPdfFonts(pdfText(svg, adrMarkdown, [...(options.charts ?? []), ...(options.sheets ?? []).map((s) => s.svg)])) });
}

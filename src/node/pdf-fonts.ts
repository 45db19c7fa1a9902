import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { planPdfFonts } from '../core/export/pdf-font-plan';
import type { PdfFontFile } from '../core/export/pdf';

/** The PDF's fonts in Node: the slices planPdfFonts names, read from node_modules. */
export function loadPdfFonts(text: string): PdfFontFile[] {
  const require = createRequire(import.meta.url);
  const read = (spec: string) => new Uint8Array(readFileSync(require.resolve(spec)));
  return planPdfFonts(text).map((f) => ({
    id: f.id,
    regular: read(f.regular),
    ...(f.bold ? { bold: read(f.bold) } : {}),
    ...(f.italic ? { italic: read(f.italic) } : {}),
  }));
}

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of each page of a PDF as a reader's viewer extracts it (Mozilla's pdf.js, the
 * Firefox viewer), with each page's size in points. An independent reader, so a test proves
 * the text is selectable and maps back to Unicode, not only that our writer wrote it.
 */
export type ExtractedPage = { text: string; width: number; height: number };

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedPage[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: ExtractedPage[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
    const [, , width, height] = page.view as [number, number, number, number];
    pages.push({ text, width, height });
  }
  await doc.destroy();
  return pages;
}

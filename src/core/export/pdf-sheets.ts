import type { Architecture, Layout } from '../architecture/model';
import { printSheets, type LayoutFn } from '../architecture/sheets';
import { printsLegibly } from '../layout/page-fit';
import { toSvg, type SvgOptions } from './svg';

/**
 * The print sheets a PDF carries after its overview (./pdf.ts `sheets`), as SVGs drawn like
 * the overview (same theme, icons, no title: the page captions them). None when the laid-out
 * drawing already prints at 7 pt on one page, or cannot be cut (the PDF then tiles it).
 */
export async function pdfSheets(model: Architecture, layout: Layout, layoutFn: LayoutFn, svg: Omit<SvgOptions, 'title'>): Promise<{ caption: string; svg: string }[]> {
  if (printsLegibly(layout)) return [];
  const sheets = await printSheets(model, layoutFn);
  return sheets.map((s) => ({ caption: s.caption, svg: toSvg(s.model, s.layout, svg) }));
}

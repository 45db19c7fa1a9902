/** The paper sizes the PDF is laid out for, in PostScript points (1/72 in): ISO A4 and US Letter. */
export type PaperSize = 'A4' | 'Letter';
export const PAPER_SIZES: readonly PaperSize[] = ['A4', 'Letter'];
export const PAPER: Record<PaperSize, [number, number]> = { A4: [595.28, 841.89], Letter: [612, 792] };

/** The PDF's margin on every side of every page, pt: 15 mm, as the readability measure assumes (../architecture/readability.ts). */
export const PDF_MARGIN = (15 / 25.4) * 72;
/** The caption band above a drawing on a sheet or detail page ("… — sheet 2 of 4: …"), pt. */
export const PDF_CAPTION_BAND = 24;

/**
 * The scale (pt per px) at which a drawing of `width` × `height` px fills the window a PDF page
 * leaves it (the page less its margins and a caption band), portrait or landscape, whichever
 * is larger; on the smaller result of A4 and Letter, so a drawing that prints legibly on one
 * prints legibly on both.
 */
export function printScale(width: number, height: number): number {
  return Math.min(...PAPER_SIZES.map((size) => {
    const [w, h] = PAPER[size].map((side) => side - 2 * PDF_MARGIN) as [number, number];
    return Math.max(Math.min(w / width, (h - PDF_CAPTION_BAND) / height), Math.min(h / width, (w - PDF_CAPTION_BAND) / height));
  }));
}

/** The largest window (pt) printScale fits drawings into on both papers, portrait: the narrower width and the shorter height. */
export const PRINT_WINDOW: [number, number] = [
  Math.min(...PAPER_SIZES.map((size) => PAPER[size][0])) - 2 * PDF_MARGIN,
  Math.min(...PAPER_SIZES.map((size) => PAPER[size][1])) - 2 * PDF_MARGIN - PDF_CAPTION_BAND,
];

/** The paper sizes the PDF is laid out for, in PostScript points (1/72 in): ISO A4 and US Letter. */
export type PaperSize = 'A4' | 'Letter';
export const PAPER_SIZES: readonly PaperSize[] = ['A4', 'Letter'];
export const PAPER: Record<PaperSize, [number, number]> = { A4: [595.28, 841.89], Letter: [612, 792] };

/** The PDF's margin on every side of every page, pt: 15 mm, as the readability measure assumes (../architecture/readability.ts). */
export const PDF_MARGIN = (15 / 25.4) * 72;
/** The caption band above a drawing on a sheet or detail page ("… — sheet 2 of 4: …"), pt. */
export const PDF_CAPTION_BAND = 24;

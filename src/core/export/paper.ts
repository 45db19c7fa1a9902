/** The paper sizes the PDF is laid out for, in PostScript points (1/72 in): ISO A4 and US Letter. */
export type PaperSize = 'A4' | 'Letter';
export const PAPER_SIZES: readonly PaperSize[] = ['A4', 'Letter'];
export const PAPER: Record<PaperSize, [number, number]> = { A4: [595.28, 841.89], Letter: [612, 792] };

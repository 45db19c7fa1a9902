/**
 * Off-sheet connectors (./sheets.ts): the boxes a print sheet draws for something on another
 * sheet. Their ids start with OFF_SHEET_PREFIX (the SVG draws them dashed); one standing for
 * a box (a Region, a VPC) is drawn under OFF_SHEET_SERVICE, with its category glyph.
 */
export const OFF_SHEET_PREFIX = 'off-sheet:';
export const OFF_SHEET_SERVICE = 'generic.off-sheet';
export const isOffSheet = (id: string): boolean => id.startsWith(OFF_SHEET_PREFIX);

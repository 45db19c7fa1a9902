/**
 * Where the detail pages of a PDF cut a diagram too big to read on one page (./pdf.ts): the
 * diagram at the scale where its smallest text prints at 7 pt, `width` × `height` pt, cut
 * into page-sized windows in reading order. The paper's orientation is whichever needs fewer
 * pages. Windows are spread evenly over the diagram, so the last one in a row or column is
 * as full as the others (stepping a whole page at a time left it nearly empty whenever the
 * diagram was just over a page wide); neighbours overlap by at least `overlap` pt, so a
 * label cut by one window is whole in the next.
 */

export type TileGrid = {
  /** landscape pages */
  wide: boolean;
  /** the window on each page, pt */
  box: { width: number; height: number };
  /** each page's window: where it starts in the diagram, pt from its top left; rows first */
  tiles: { row: number; col: number; x: number; y: number }[];
  rows: number;
  cols: number;
};

/** One axis: how many windows of `box` cover `length`, and their starts. */
function spread(length: number, box: number, overlap: number): number[] {
  const count = Math.max(1, Math.ceil((length - overlap) / (box - overlap)));
  const step = count > 1 ? (length - box) / (count - 1) : 0;
  return Array.from({ length: count }, (_, i) => i * step);
}

/**
 * The detail grid for a diagram of `width` × `height` pt on paper of `paper` pt (portrait
 * width, height), with `margin` pt around each page and `header` pt above the window for the
 * page's caption. Throws on a page with no room left for a window.
 */
export function detailTiles(width: number, height: number, paper: [number, number], margin: number, header: number, overlap: number): TileGrid {
  const boxOf = (wide: boolean) => {
    const [pw, ph] = wide ? [paper[1], paper[0]] : paper;
    return { width: pw - 2 * margin, height: ph - 2 * margin - header };
  };
  const grid = (wide: boolean) => {
    const box = boxOf(wide);
    if (box.width <= overlap || box.height <= overlap) throw new Error(`detailTiles: no room for a window on a ${paper.join(' × ')} pt page`);
    const xs = spread(width, box.width, overlap), ys = spread(height, box.height, overlap);
    return { wide, box, rows: ys.length, cols: xs.length, tiles: ys.flatMap((y, row) => xs.map((x, col) => ({ row, col, x, y }))) };
  };
  const portrait = grid(false), landscape = grid(true);
  return landscape.tiles.length < portrait.tiles.length ? landscape : portrait;
}

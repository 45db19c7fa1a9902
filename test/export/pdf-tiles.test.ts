import { describe, expect, it } from 'vitest';
import { PAPER } from '../../src/core/export/paper';
import { detailTiles } from '../../src/core/export/pdf-tiles';

/** The PDF's detail pages (src/core/export/pdf.ts): 48 pt margins, a 24 pt caption, 36 pt overlap. */
const grid = (w: number, h: number) => detailTiles(w, h, PAPER.A4, 48, 24, 36);

describe('detail pages of a PDF diagram', () => {
  it('fill every page, the last column too, when the diagram is just over a page wide', () => {
    const w = 820; // 1.1 landscape windows (745.9 pt)
    const g = grid(w, 200);
    expect(g.cols).toBe(2);
    // Each window lies wholly on the diagram (stepping a whole window left the second one 90 % empty).
    for (const t of g.tiles) expect(t.x + g.box.width).toBeLessThanOrEqual(w + 1e-6);
    expect(g.tiles.at(-1)!.x + g.box.width).toBeCloseTo(w);
  });

  it('cover the whole diagram in reading order, neighbours overlapping by 36 pt or more', () => {
    for (const [w, h] of [[900, 1300], [2400, 700], [1500, 3100], [4000, 4000]] as const) {
      const g = grid(w, h);
      expect(g.tiles.length, `${w}×${h}`).toBe(g.rows * g.cols);
      const xs = [...new Set(g.tiles.map((t) => t.x))], ys = [...new Set(g.tiles.map((t) => t.y))];
      expect(xs[0]).toBe(0);
      expect(Math.max(w, xs.at(-1)! + g.box.width)).toBeCloseTo(xs.at(-1)! + g.box.width);
      expect(ys.at(-1)! + g.box.height).toBeGreaterThanOrEqual(h - 1e-6);
      for (let i = 1; i < xs.length; i++) expect(xs[i - 1]! + g.box.width - xs[i]!).toBeGreaterThanOrEqual(36 - 1e-6);
      for (let i = 1; i < ys.length; i++) expect(ys[i - 1]! + g.box.height - ys[i]!).toBeGreaterThanOrEqual(36 - 1e-6);
      expect(g.tiles.map((t) => [t.row, t.col])).toEqual(g.tiles.map((_, i) => [Math.floor(i / g.cols), i % g.cols]));
    }
  });

  it('turns the pages landscape when that needs fewer of them', () => {
    expect(grid(2400, 300).wide).toBe(true);
    expect(grid(300, 2400).wide).toBe(false);
  });
});

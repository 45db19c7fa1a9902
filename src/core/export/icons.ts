import { ICON_STROKE_WIDTH, categoryIcon } from '../architecture/icons';
import type { Category } from '../catalog/schema';

/**
 * The exporters' view of the shared icon set (src/core/architecture/icons.ts, which the
 * React Flow view draws too): path data to inline, and a standalone SVG for draw.io.
 */

export { ICON_STROKE_WIDTH };

/** Path data of the category's icon on a 24×24 grid (stroke it; do not fill it). */
export function iconPath(category: Category): string {
  return categoryIcon(category).path;
}

/** The icon as a standalone 24×24 SVG document, e.g. for draw.io's image style. */
export function iconSvg(category: Category, colour: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">` +
    `<path d="${iconPath(category)}" fill="none" stroke="${colour}" stroke-width="${ICON_STROKE_WIDTH}" stroke-linecap="round" stroke-linejoin="round"/></svg>`
  );
}

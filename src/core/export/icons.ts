import { ICON_STROKE_WIDTH, categoryIcon } from '../architecture/icons';
import type { ArchNode } from '../architecture/model';
import type { Category } from '../catalog/schema';
import type { OfficialIcon, OfficialIcons } from './official-icons';
import { escapeAttr, num } from './xml';

/**
 * The exporters' view of the icons: the shared category glyphs (src/core/architecture/icons.ts,
 * which the React Flow view draws too) and the providers' official icons (./official-icons.ts)
 * where the caller loaded them.
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

/** Side of the icon square on a node, in px; the glyph's tile is the same size, so text never moves. */
export const NODE_ICON_SIZE = 32;
/** Left inset of the icon square from the node's edge, in px. */
export const NODE_ICON_INSET = 16;

/**
 * The icon part of a node whose box starts at `x` and whose middle is at `cy`: the official
 * icon (a <use> of its symbol, see iconSymbols) where one is given, else the tinted tile with
 * the stroked category glyph.
 */
export function nodeIconSvg(n: Pick<ArchNode, 'provider' | 'category'>, x: number, cy: number, icon?: OfficialIcon): string[] {
  const left = x + NODE_ICON_INSET, top = cy - NODE_ICON_SIZE / 2;
  if (icon) {
    return [`<use class="official-icon" href="#${escapeAttr(icon.id)}" x="${num(left)}" y="${num(top)}" width="${NODE_ICON_SIZE}" height="${NODE_ICON_SIZE}"/>`];
  }
  return [
    `<rect class="tile tile-${n.provider}" x="${num(left)}" y="${num(top)}" width="${NODE_ICON_SIZE}" height="${NODE_ICON_SIZE}" rx="7"/>`,
    `<path class="icon ic-${n.provider}" transform="translate(${num(x + 20)} ${num(cy - 12)})" d="${iconPath(n.category)}"/>`,
  ];
}

/**
 * One <symbol> per official icon the model's nodes use, in the order nodes first use them,
 * for the SVG's <defs>: the file stands alone (no URL, no external file) and stays the same
 * for the same model and icons. Empty when no icons were given.
 */
export function iconSymbols(nodes: Pick<ArchNode, 'service'>[], icons: OfficialIcons | undefined): string {
  if (!icons?.size) return '';
  const used = new Map<string, OfficialIcon>();
  for (const n of nodes) {
    const icon = icons.get(n.service);
    if (icon && !used.has(icon.id)) used.set(icon.id, icon);
  }
  return [...used.values()].map((i) => `<symbol id="${escapeAttr(i.id)}" viewBox="${escapeAttr(i.viewBox)}">${i.body}</symbol>`).join('');
}

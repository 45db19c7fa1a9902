import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Architecture } from '../core/architecture/model';
import { iconFileName, resolveOfficialIcons, type OfficialIcons } from '../core/export/official-icons';

/** Where `npm run icons` vendors the mapped icons: beside icons.json. */
export const ICONS_DIR = fileURLToPath(new URL('../../decision-trees/catalog/icons/', import.meta.url));

/** The vendored SVG of `ref`, or undefined when it is missing (the exporters then draw the glyph). */
export async function readVendoredIcon(ref: string, dir = ICONS_DIR): Promise<string | undefined> {
  try {
    return await readFile(`${dir}${iconFileName(ref)}`, 'utf8');
  } catch {
    return undefined;
  }
}

/** The official icons of the model's services, for toSvg's `icons` option (CLI exports, tests). */
export function loadOfficialIcons(model: Pick<Architecture, 'nodes'>, dir = ICONS_DIR): Promise<OfficialIcons> {
  return resolveOfficialIcons(model.nodes.map((n) => n.service), (ref) => readVendoredIcon(ref, dir));
}

import type { Architecture } from '../../../core/architecture/model';
import { iconFileName, officialIconDocument, resolveOfficialIcons, type OfficialIcons } from '../../../core/export/official-icons';

/**
 * The providers' official icons in the renderer, loaded on demand: Vite turns every vendored
 * file beside decision-trees/catalog/icons/icons.json into its own small chunk, fetched the
 * first time a service that uses it is drawn or exported, so the page's initial JavaScript
 * carries none of them. This module itself is imported lazily (./use-official-icon.ts,
 * ../export/produce.ts).
 */

const files = import.meta.glob<string>('../../../../decision-trees/catalog/icons/*.svg', { query: '?raw', import: 'default' });
const byName = new Map(Object.entries(files).map(([path, load]) => [path.slice(path.lastIndexOf('/') + 1), load]));

/** The vendored SVG text of an icon ref, or undefined when it is not vendored. */
export async function readIcon(ref: string): Promise<string | undefined> {
  const load = byName.get(iconFileName(ref));
  return load ? load() : undefined;
}

/** The official icons of the model's services, for the SVG/PNG exports. */
export const loadOfficialIcons = (model: Pick<Architecture, 'nodes'>): Promise<OfficialIcons> =>
  resolveOfficialIcons(model.nodes.map((n) => n.service), readIcon);

/** One service's icon as a data: URI for an <img> (allowed by the CSP's img-src data:), or undefined. */
export async function officialIconUri(service: string): Promise<string | undefined> {
  const icon = (await resolveOfficialIcons([service], readIcon)).get(service);
  return icon ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(officialIconDocument(icon))}` : undefined;
}

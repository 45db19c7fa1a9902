import { loadCatalog } from '../src/core/catalog/load';
import { iconCoverage, officialIconRef } from '../src/core/export/official-icons';
import { readTrees } from '../src/node/read-trees';

/** `npm run icons:coverage`: per provider, the share of catalogue services drawn with an official icon and a native draw.io shape. */

const { catalog } = loadCatalog(readTrees().catalog);
const pct = (n: number, of: number) => `${of ? Math.round((1000 * n) / of) / 10 : 0}%`;
for (const r of iconCoverage(catalog.services)) {
  console.log(`${r.provider.padEnd(8)} ${String(r.services).padStart(3)} services   official icon ${String(r.withIcon).padStart(3)} (${pct(r.withIcon, r.services)})   draw.io shape ${String(r.withDrawioShape).padStart(3)} (${pct(r.withDrawioShape, r.services)})`);
}
const missing = catalog.services.filter((s) => ['aws', 'gcp', 'azure'].includes(s.provider) && !officialIconRef(s.id));
if (missing.length) console.log(`\nDrawn with the category glyph: ${missing.map((s) => s.id).join(', ')}`);

import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { iconFileName, iconMapping } from '../src/core/export/official-icons';
import { readIconFromPackage } from '../src/node/official-icon-sources';
import { ICONS_DIR } from '../src/node/official-icons';

/**
 * `npm run icons`: copy every icon that decision-trees/catalog/icons/icons.json maps from its
 * npm package (aws-icons, @thesvg/icons; devDependencies) into decision-trees/catalog/icons/,
 * byte for byte, and delete copies nothing maps any more. The app and the exports read these
 * copies, so the web build bundles only the ~100 mapped icons and the packages stay out of
 * the runtime. test/export/official-icons.test.ts fails when a copy drifts from its package.
 */

const refs = [...new Set(Object.values(iconMapping().services).flatMap((e) => (e.icon ? [e.icon] : [])))].sort();
const wanted = new Set(refs.map(iconFileName));
for (const ref of refs) writeFileSync(join(ICONS_DIR, iconFileName(ref)), await readIconFromPackage(ref));
const stale = readdirSync(ICONS_DIR).filter((f) => f.endsWith('.svg') && !wanted.has(f));
for (const f of stale) rmSync(join(ICONS_DIR, f));
console.log(`${refs.length} icons vendored into ${ICONS_DIR}${stale.length ? `, ${stale.length} stale removed` : ''}`);

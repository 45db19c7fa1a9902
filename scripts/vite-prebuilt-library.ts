import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadLibrary } from '../src/core/library';
import { shelfOf } from '../src/core/library-shelf';
import { libraryToJson } from '../src/core/library-json';
import { guideLayoutTables } from '../src/node/layout-tables';
import { readJsonFiles, readTrees } from '../src/node/read-trees';

/*
 * What the page would otherwise compute on start-up, done at build time instead:
 *
 * - `virtual:archtree/shelf`: the home screen's summaries of that library (src/core/
 *   library-shelf.ts: title, purpose, section, counts, search words per guide), bundled with
 *   the first screen: a few KB where the whole library is ~440 KB gzip.
 * - `virtual:archtree/library`: the same Library loadLibrary() returns at run time (every
 *   guide validated by zod and linted, broken ones set aside with their problems, facts
 *   resolved), imported dynamically once the first screen is up, so the page neither parses
 *   nor lints guides at start-up nor waits for them to show a button. A broken guide file
 *   still does not fail the build: it is listed as unavailable, as before.
 * - `virtual:archtree/layouts`: per guide, a loader of the layouts of every distinct diagram
 *   that guide can draw (src/core/layout/precompute.ts), each its own chunk, fetched when the
 *   guide opens; the diagram then needs no ELK at all.
 */

const LIBRARY = 'virtual:archtree/library';
const SHELF = 'virtual:archtree/shelf';
const LAYOUTS = 'virtual:archtree/layouts';
const GUIDE_LAYOUTS = `${LAYOUTS}/`;

/** JSON.parse of a string literal: faster to load than the same object literal. */
const jsonModule = (json: string, reviver = 'undefined') => `export default JSON.parse(${JSON.stringify(json)}, ${reviver});`;
const REVIVE_MAPS = `(_key, v) => (v && typeof v === 'object' && Array.isArray(v.$map) ? new Map(v.$map) : v)`;

export function prebuiltLibrary(treesDir: string): Plugin {
  const repo = resolve(treesDir, '..');
  let tables: ReturnType<typeof guideLayoutTables> | undefined;
  // One load (validate + lint every guide) serves both the shelf and the library module.
  let library: ReturnType<typeof loadLibrary> | undefined;
  const loaded = () => (library ??= loadLibrary(readTrees(treesDir)));
  const layoutTables = () => (tables ??= guideLayoutTables(repo, treesDir));

  return {
    name: 'archtree:prebuilt-library',
    watchChange() {
      library = undefined;
    },
    resolveId(id) {
      return id === LIBRARY || id === SHELF || id === LAYOUTS || id.startsWith(GUIDE_LAYOUTS) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith('\0virtual:archtree/')) return undefined;
      const virtual = id.slice(1);
      // Rebuild when any data file changes (dev server and watch builds).
      for (const sub of ['', 'catalog', 'facts']) {
        try {
          for (const f of readJsonFiles(resolve(treesDir, sub))) this.addWatchFile(resolve(treesDir, sub, f.name));
        } catch {
          // an optional folder (facts) may be absent
        }
      }
      if (virtual === LIBRARY) return jsonModule(libraryToJson(loaded()), REVIVE_MAPS);
      if (virtual === SHELF) return jsonModule(JSON.stringify(shelfOf(loaded())));
      const all = await layoutTables();
      if (virtual === LAYOUTS) {
        const loaders = Object.keys(all).map((g) => `  ${JSON.stringify(g)}: () => import(${JSON.stringify(GUIDE_LAYOUTS + g)}),`);
        return `export const layoutLoaders = {\n${loaders.join('\n')}\n};`;
      }
      return jsonModule(JSON.stringify(all[virtual.slice(GUIDE_LAYOUTS.length)] ?? {}));
    },
  };
}

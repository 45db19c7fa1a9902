import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Architecture, Layout } from '../core/architecture/model';
import { layoutArchitecture } from '../core/layout/elk-layout';
import { precomputeLayouts, type LayoutTable } from '../core/layout/precompute';
import { layoutShapeKey } from '../core/layout/shape-key';
import { loadLibrary } from '../core/library';
import { readTrees } from './read-trees';

/** Layout tables of every guide, by guide id (see precomputeLayouts). */
export type GuideLayoutTables = Record<string, LayoutTable>;

/** The code a layout depends on, beside the data: a change here invalidates the cache. */
const CODE_DIRS = ['src/core/layout', 'src/core/architecture'];

function inputsHash(repo: string, treesDir: string): string {
  const hash = createHash('sha256');
  const files = readTrees(treesDir);
  for (const f of [...files.guides, ...files.catalog, ...(files.facts ?? [])]) hash.update(f.name).update('\0').update(f.text);
  for (const dir of CODE_DIRS) {
    const abs = join(repo, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).sort()) if (name.endsWith('.ts')) hash.update(name).update(readFileSync(join(abs, name)));
  }
  try {
    hash.update(String((createRequire(join(repo, 'package.json'))('elkjs/package.json') as { version: string }).version));
  } catch {
    hash.update('elkjs?');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Every guide's layout table, computed once per content of the guides, the catalogue and
 * the layout code (about 15–20 s of ELK for ~500 diagrams), then read from
 * node_modules/.cache/archtree/. Build-time only: the web build (scripts/vite-prebuilt-library.ts)
 * and the CLI build (scripts/build-cli.mjs) both call this.
 */
export async function guideLayoutTables(repo: string, treesDir = join(repo, 'decision-trees')): Promise<GuideLayoutTables> {
  const cacheDir = join(repo, 'node_modules', '.cache', 'archtree');
  const file = join(cacheDir, `layouts-${inputsHash(repo, treesDir)}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as GuideLayoutTables;
  // require, not import(): Vite's config runner (which loads this file for the web build) closes
  // before the build's load hooks run, and a dynamic import would go through it.
  const ELK = createRequire(join(repo, 'package.json'))('elkjs/lib/elk.bundled.js') as typeof import('elkjs/lib/elk.bundled.js').default;
  const elk = new ELK();
  const library = loadLibrary(readTrees(treesDir));
  const tables: GuideLayoutTables = {};
  for (const guide of library.guides) tables[guide.id] = await precomputeLayouts(guide, library.catalog, elk);
  mkdirSync(cacheDir, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(tables));
  renameSync(temp, file);
  return tables;
}

let cliTable: Map<string, Layout> | null | undefined;

/** out/cli/layouts.json, written beside the built CLI by scripts/build-cli.mjs; null when absent (running from source). */
function builtTable(): Map<string, Layout> | null {
  if (cliTable !== undefined) return cliTable;
  try {
    const tables = JSON.parse(readFileSync(new URL('./layouts.json', import.meta.url), 'utf8')) as GuideLayoutTables;
    cliTable = new Map(Object.values(tables).flatMap((t) => Object.entries(t)));
  } catch {
    cliTable = null;
  }
  return cliTable;
}

/**
 * The CLI's layout: the precomputed one when this exact diagram shape was laid out at build
 * time (every single-guide diagram), else ELK, loaded only then.
 */
export async function layoutForCli(model: Architecture): Promise<Layout> {
  const known = builtTable()?.get(layoutShapeKey(model));
  if (known) return known;
  const { createNodeElk } = await import('./elk');
  return layoutArchitecture(model, createNodeElk());
}

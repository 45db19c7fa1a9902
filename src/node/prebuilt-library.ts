import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { DataFile } from '../core/data/data-file';
import { loadLibrary, type Library } from '../core/library';
import { libraryFromJson, libraryToJson } from '../core/library-json';

type TreeFiles = { guides: DataFile[]; catalog: DataFile[]; facts?: DataFile[] };

/** A digest of every data file's name and text: the prebuilt library is used only for exactly these files. */
export function treesDigest(files: TreeFiles): string {
  const hash = createHash('sha256');
  for (const group of [files.guides, files.catalog, files.facts ?? []]) {
    hash.update(`\u0001${group.length}`);
    for (const f of group) hash.update(f.name).update('\0').update(f.text).update('\0');
  }
  return hash.digest('hex');
}

const FILE = new URL('./library.json', import.meta.url);

/** Build time (scripts/build-cli.mjs): validate and lint the default guides once, beside the built CLI. */
export function writePrebuiltLibrary(files: TreeFiles): void {
  writeFileSync(FILE, `{"digest":"${treesDigest(files)}","library":${libraryToJson(loadLibrary(files))}}`);
}

/**
 * The library validated and linted when the CLI was built, if it was built from exactly
 * `files`; undefined otherwise (running from source, or the guides changed since), and the
 * caller loads them as usual. Skips ~200 ms of zod and lint on every command.
 */
export function prebuiltLibraryFor(files: TreeFiles): Library | undefined {
  let text: string;
  try {
    text = readFileSync(FILE, 'utf8');
  } catch {
    return undefined;
  }
  const digest = /^\{"digest":"([0-9a-f]+)"/.exec(text)?.[1];
  if (digest !== treesDigest(files)) return undefined;
  return (libraryFromJson(text) as unknown as { library: Library }).library;
}

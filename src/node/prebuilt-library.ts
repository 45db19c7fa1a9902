import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { DataFile } from '../core/data/data-file';
import type { Guide } from '../core/guide/schema';
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

/*
 * Beside the built CLI: library.json holds the digest, the catalogue, the facts, the files set
 * aside and the guides' ids in order; library/<id>.json one guide each. A one-guide command
 * (`archtree decide messaging`) then parses one guide, not all 2.5 MB of them.
 */
const SHELL = new URL('./library.json', import.meta.url);
const guideFile = (id: string) => new URL(`./library/${encodeURIComponent(id)}.json`, import.meta.url);

type Shell = { digest: string; guideIds: string[]; library: Library };

/** Build time (scripts/build-cli.mjs): validate and lint the default guides once, beside the built CLI. */
export function writePrebuiltLibrary(files: TreeFiles): void {
  const library = loadLibrary(files);
  mkdirSync(new URL('./library/', import.meta.url), { recursive: true });
  for (const guide of library.guides) writeFileSync(guideFile(guide.id), JSON.stringify(guide));
  const shell = { digest: treesDigest(files), guideIds: library.guides.map((g) => g.id), library: { ...library, guides: [] } };
  writeFileSync(SHELL, libraryToJson(shell as unknown as Library));
}

/**
 * The library validated and linted when the CLI was built, if it was built from exactly
 * `files`; undefined otherwise (running from source, or the guides changed since), and the
 * caller loads them as usual. With `only`, the library holds that guide alone (none if it
 * was set aside), as loadLibrary over that one file would. Skips ~200 ms of zod and lint on
 * every command.
 */
export function prebuiltLibraryFor(files: TreeFiles, only?: string): Library | undefined {
  let shell: Shell;
  try {
    shell = libraryFromJson(readFileSync(SHELL, 'utf8')) as unknown as Shell;
  } catch {
    return undefined;
  }
  if (shell.digest !== treesDigest(files)) return undefined;
  const ids = only === undefined ? shell.guideIds : shell.guideIds.filter((id) => id === only);
  const unavailable = only === undefined ? shell.library.unavailable : shell.library.unavailable.filter((u) => u.file === `${only}.json`);
  try {
    const guides = ids.map((id) => JSON.parse(readFileSync(guideFile(id), 'utf8')) as Guide);
    return { ...shell.library, guides, unavailable };
  } catch {
    return undefined; // a guide file missing beside the CLI: load from source instead
  }
}

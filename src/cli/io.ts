import { resolve } from 'node:path';
import { loadLibrary, type Library } from '../core/library';
import { prebuiltLibraryFor } from '../node/prebuilt-library';
import { readTrees, TREES_DIR } from '../node/read-trees';

/** Where the CLI writes: one call per line (no trailing newline). Tests capture these. */
export type Io = { out(line: string): void; err(line: string): void };

/** Exit codes: 0 ok, 1 lint found problems, 2 usage or input error. */
/** 3: the answers stop before an outcome (a script can ask the next question and go on). */
export const EXIT = { ok: 0, problems: 1, usage: 2, incomplete: 3 } as const;

/** A user-facing failure: printed as one `archtree: …` line on stderr, exit 2. */
export class CliError extends Error {
  constructor(message: string, readonly code: number = EXIT.usage) {
    super(message);
  }
}

/** `guideIds`: every guide file's id (its name), even when only one guide was loaded. */
export type LoadedTrees = { dir: string; library: Library; guideFiles: number; serviceCount: number; guideIds: string[] };

/**
 * Read and validate a decision-trees folder (default: the repo's decision-trees/). With
 * `only`, just that guide's file (<id>.json, as the linter requires) is parsed and linted:
 * linting enumerates every path, which for a large guide takes a while.
 */
export function loadTrees(dir: string | undefined, only?: string): LoadedTrees {
  const folder = dir === undefined ? TREES_DIR : resolve(dir);
  let files: ReturnType<typeof readTrees>;
  try {
    files = readTrees(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such folder (it needs a catalog/ folder inside)' : code === 'ENOTDIR' ? 'not a folder' : String((error as Error).message);
    throw new CliError(`cannot read decision guides from ${folder}: ${why}`);
  }
  // Built CLI, unchanged guides: validated and linted at build time already; a one-guide
  // request reads that guide's file only.
  const prebuilt = prebuiltLibraryFor(files, only);
  const guideIds = files.guides.map((f) => f.name.replace(/\.json$/, ''));
  if (only !== undefined) files = { ...files, guides: files.guides.filter((f) => f.name === `${only}.json`) };
  const library = prebuilt ?? loadLibrary(files);
  return { dir: folder, library, guideFiles: files.guides.length, serviceCount: library.catalog.services.length, guideIds };
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

import { existsSync, readFileSync, renameSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

/** `<dir>/<name>.corrupt-<stamp>.json`, never overwriting an earlier one moved aside in the same millisecond. */
export function corruptPath(path: string, stamp: string): string {
  const ext = extname(path) || '.json';
  const base = join(dirname(path), `${basename(path, ext)}.corrupt-${stamp}`);
  let candidate = `${base}${ext}`;
  for (let n = 1; existsSync(candidate); n++) candidate = `${base}-${n}${ext}`;
  return candidate;
}

/** Rename a damaged store file out of the way (same directory, so the rename is atomic); returns its new path. */
export function moveAside(path: string, stamp: string): string {
  const target = corruptPath(path, stamp);
  renameSync(path, target);
  return target;
}

/** The file's text, or null when there is none. Other errors (permissions) are thrown for the caller to report. */
export function readTextIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

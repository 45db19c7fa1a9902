import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { createSessionStore, type SessionBacking, type SessionStore, type StoreName, type StoreNotice } from '../core/session/store';
import { atomicWriteFileSync, removeStrayTempFiles } from './atomic-write';
import { moveAside, readTextIfExists } from './store-files';

/*
 * Sessions are kept in two JSON files in the userData folder, written by our own atomic
 * writer rather than through electron-store (which stays the settings backend):
 * - conf hides the bytes: it either throws on a damaged file or (clearInvalidConfig) wipes
 *   it, while we must see the exact text to tell corrupt from newer and move it aside;
 * - conf's writer falls back to a plain, non-atomic write on EXDEV; ours never does;
 * - the export needs an atomic writer for a path the user picks anyway, and one writer
 *   for both is the one scripts/crash-writes.ts kills 100 times.
 * The schema, migrations, cap and archive are the shared core store's, as in the browser.
 */

export const SESSION_FILES: Record<StoreName, string> = { sessions: 'sessions.json', archive: 'sessions-archive.json' };

export function fileSessionBacking(dir: string): SessionBacking {
  const pathOf = (name: StoreName) => join(dir, SESSION_FILES[name]);
  return {
    read: (name) => readTextIfExists(pathOf(name)),
    write: (name, text) => atomicWriteFileSync(pathOf(name), text),
    moveAside: (name, stamp) => moveAside(pathOf(name), stamp),
    locate: pathOf,
  };
}

export interface OpenSessionsOptions {
  readonly dir: string;
  /** notices from other stores opened first (settings), shown in the same banner */
  readonly notices?: StoreNotice[];
}

/** At start: make the folder, sweep temp files a crash left behind, open the store. */
export function openSessionStore({ dir, notices = [] }: OpenSessionsOptions): SessionStore {
  mkdirSync(dir, { recursive: true });
  removeStrayTempFiles(dir, Object.values(SESSION_FILES));
  return createSessionStore(fileSessionBacking(dir), { notices });
}

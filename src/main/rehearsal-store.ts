import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRehearsalStore, type RehearsalBacking, type RehearsalStore } from '../core/rehearsal/store';
import { corruptPath, moveAside, readTextIfExists } from './store-files';

export const REHEARSAL_FILE = 'rehearsal.json';

/** The part of an electron-store instance this adapter touches; tests pass a plain object. */
export interface RehearsalStoreLike {
  store: Record<string, unknown>;
}

const stampOf = (now: Date) => now.toISOString().replace(/[:.]/g, '-');

/**
 * Desktop backing over electron-store. A value that parses as JSON but fails the schema is
 * written beside the store as rehearsal.corrupt-<time>.json before defaults replace it.
 */
export function electronRehearsalBacking(store: RehearsalStoreLike, dir: string | undefined, now = () => new Date()): RehearsalBacking {
  return {
    read: () => (Object.keys(store.store).length === 0 ? undefined : store.store),
    write: (progress) => {
      store.store = { ...progress };
    },
    setAside: (raw) => {
      if (!dir) return;
      try {
        writeFileSync(corruptPath(join(dir, REHEARSAL_FILE), stampOf(now())), JSON.stringify(raw, null, 2));
      } catch {
        // Could not keep a copy: defaults still replace it rather than blocking rehearsal.
      }
    },
  };
}

/** Moves rehearsal.json aside when it is not JSON at all; returns where it went. */
export function guardRehearsalFile(dir: string, now: Date): string | undefined {
  const path = join(dir, REHEARSAL_FILE);
  try {
    const text = readTextIfExists(path);
    if (text !== null) JSON.parse(text);
    return undefined;
  } catch {
    try {
      return moveAside(path, stampOf(now));
    } catch {
      return undefined; // unmovable (permissions): electron-store reports it; we fall back to memory
    }
  }
}

/**
 * Opens rehearsal.json in the user-data folder. A file that is not JSON at all is moved
 * aside first (electron-store would otherwise refuse to open or wipe it); electron-store 12
 * is ESM-only and imports 'electron', so it is loaded lazily to keep Node tests Electron-free.
 */
export async function openRehearsalStore(options: { cwd: string; now?: () => Date }): Promise<RehearsalStore> {
  const now = options.now ?? (() => new Date());
  guardRehearsalFile(options.cwd, now());
  try {
    const { default: ElectronStore } = await import('electron-store');
    const store = new ElectronStore<Record<string, unknown>>({ name: 'rehearsal', clearInvalidConfig: false, cwd: options.cwd });
    return createRehearsalStore(electronRehearsalBacking(store, options.cwd, now));
  } catch {
    return createRehearsalStore(electronRehearsalBacking({ store: {} }, undefined, now));
  }
}

import type { RehearsalProgress } from '../../../core/rehearsal/progress';
import { createRehearsalStore, type RehearsalBacking, type RehearsalStore } from '../../../core/rehearsal/store';

export const REHEARSAL_KEY = 'archtree.rehearsal';

export type RehearsalStorage = Pick<Storage, 'getItem' | 'setItem'>;

function memoryStorage(): RehearsalStorage {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

/** localStorage, or memory when it is unavailable (privacy mode, sandboxed iframe). */
function defaultStorage(): RehearsalStorage {
  try {
    if (globalThis.localStorage) return globalThis.localStorage;
  } catch {
    // Reading localStorage itself can throw (SecurityError).
  }
  return memoryStorage();
}

/**
 * Rehearsal progress under one localStorage key. Text that is not JSON is handed to the
 * core store as the raw string, which fails validation and is kept aside under
 * `archtree.rehearsal.corrupt-<time>` (readable in devtools) before defaults replace it.
 */
export function localStorageRehearsalBacking(storage: RehearsalStorage, key = REHEARSAL_KEY, now = () => new Date()): RehearsalBacking {
  return {
    read(): unknown {
      const text = storage.getItem(key);
      if (text === null) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    },
    write(progress: RehearsalProgress): void {
      try {
        storage.setItem(key, JSON.stringify(progress));
      } catch {
        // Quota exceeded or storage disabled: progress still counts for this session.
      }
    },
    setAside(raw: unknown): void {
      const stamp = now().toISOString().replace(/[:.]/g, '-');
      let target = `${key}.corrupt-${stamp}`;
      for (let n = 1; storage.getItem(target) !== null; n++) target = `${key}.corrupt-${stamp}-${n}`;
      try {
        storage.setItem(target, typeof raw === 'string' ? raw : JSON.stringify(raw));
      } catch {
        // No room to keep it: defaults still replace it.
      }
    },
  };
}

export function createWebRehearsalStore(storage: RehearsalStorage = defaultStorage()): RehearsalStore {
  return createRehearsalStore(localStorageRehearsalBacking(storage));
}

import { createSettingsStore, type SettingsBacking, type SettingsStore } from '../../../core/settings/store';
import type { Settings } from '../../../core/settings/schema';

export const SETTINGS_KEY = 'archtree.settings';

/** Storage we can read and write; localStorage in a browser, a Map in tests. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

/** localStorage, or memory when it is unavailable (privacy mode, sandboxed iframe). */
export function defaultStorage(): KeyValueStorage {
  try {
    const storage = globalThis.localStorage;
    if (storage) return storage;
  } catch {
    // Accessing localStorage itself can throw (SecurityError); fall through.
  }
  return memoryStorage();
}

/**
 * The browser's settings backing: raw JSON under one key. Anything unreadable comes back as
 * `undefined` and the shared store's migration turns it into defaults, never a crash.
 */
export function localStorageBacking(storage: KeyValueStorage, key = SETTINGS_KEY): SettingsBacking {
  return {
    read(): unknown {
      try {
        const text = storage.getItem(key);
        return text === null ? undefined : (JSON.parse(text) as unknown);
      } catch {
        return undefined;
      }
    },
    write(settings: Settings): void {
      try {
        storage.setItem(key, JSON.stringify(settings));
      } catch {
        // Quota exceeded or storage disabled: the setting still applies for this session.
      }
    },
  };
}

export function createWebSettingsStore(storage: KeyValueStorage = defaultStorage()): SettingsStore {
  return createSettingsStore(localStorageBacking(storage));
}

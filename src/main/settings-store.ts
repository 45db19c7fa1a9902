import { createSettingsStore, type SettingsBacking, type SettingsStore } from '../core/settings/store';

/**
 * The part of an electron-store (conf) instance this adapter touches: the whole-object
 * `store` accessor. conf writes it atomically. Tests inject a plain object instead.
 */
export interface StoreLike {
  store: Record<string, unknown>;
}

export function electronStoreBacking(store: StoreLike): SettingsBacking {
  return {
    read: () => store.store,
    write: (settings) => {
      store.store = { ...settings };
    },
  };
}

/** SettingsStore over an electron-store-shaped object (real or fake). */
export function createElectronSettingsStore(store: StoreLike): SettingsStore {
  return createSettingsStore(electronStoreBacking(store));
}

export interface OpenSettingsOptions {
  /** Directory for settings.json; electron-store defaults to app.getPath('userData'). */
  readonly cwd?: string;
}

/**
 * Opens the real file-backed store. electron-store 12 is ESM-only and imports 'electron',
 * so it is loaded lazily here: importing this module in a Node test never loads Electron.
 * Validation is zod's (in src/core/settings), not electron-store's JSON-schema option.
 */
export async function openSettingsStore(options: OpenSettingsOptions = {}): Promise<SettingsStore> {
  const { default: ElectronStore } = await import('electron-store');
  // Never clearInvalidConfig: a damaged file is moved aside first (./settings-guard) and the
  // user told where. If conf still cannot open it (left untouched), run on defaults in memory.
  try {
    const store = new ElectronStore<Record<string, unknown>>({
      name: 'settings',
      clearInvalidConfig: false,
      ...(options.cwd ? { cwd: options.cwd } : {}),
    });
    return createElectronSettingsStore(store);
  } catch {
    return createElectronSettingsStore({ store: {} });
  }
}

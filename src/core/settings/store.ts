import {
  defaultSettings,
  settingsPatchSchema,
  settingsSchema,
  type Settings,
  type SettingsPatch,
} from './schema';

/** The one persistence interface for settings; desktop and browser adapters implement it. */
export interface SettingsStore {
  get(): Promise<Settings>;
  update(patch: SettingsPatch): Promise<Settings>;
}

/** Raw storage underneath a store: whatever was saved last (untrusted), and a writer. */
export interface SettingsBacking {
  read(): unknown;
  write(settings: Settings): void;
}

/**
 * Turns whatever is on disk into valid settings. Only version 1 exists so far; anything
 * unreadable (corrupt file, unknown version, hand edits) falls back to the defaults rather
 * than crashing the app.
 */
export function migrateSettings(raw: unknown): Settings {
  if (raw === undefined || raw === null) return { ...defaultSettings };
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : { ...defaultSettings };
}

/** Pure: validates the patch and returns the merged, re-validated settings. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  const valid = settingsPatchSchema.parse(patch);
  const next: Settings = { ...current };
  if (valid.theme !== undefined) next.theme = valid.theme;
  if (valid.lastGuide !== undefined) next.lastGuide = valid.lastGuide;
  return settingsSchema.parse(next);
}

/** A SettingsStore over any backing (electron-store, localStorage, memory in tests). */
export function createSettingsStore(backing: SettingsBacking): SettingsStore {
  return {
    async get() {
      return migrateSettings(backing.read());
    },
    async update(patch) {
      const next = applySettingsPatch(migrateSettings(backing.read()), patch);
      backing.write(next);
      return next;
    },
  };
}

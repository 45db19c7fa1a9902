import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsSchema } from '../../src/core/settings/schema';
import { applySettingsPatch, migrateSettings } from '../../src/core/settings/store';
import { createElectronSettingsStore, type StoreLike } from '../../src/main/settings-store';

/** Stands in for electron-store: the adapter only uses its whole-object `store` accessor. */
function memoryBacking(initial: Record<string, unknown> = {}): StoreLike & { writes: number } {
  let data = structuredClone(initial);
  return {
    writes: 0,
    get store() {
      return structuredClone(data);
    },
    set store(value) {
      this.writes += 1;
      data = structuredClone(value);
    },
  };
}

describe('settings store over an electron-store backing', () => {
  it('returns the defaults from an empty store, without writing', async () => {
    const backing = memoryBacking();
    await expect(createElectronSettingsStore(backing).get()).resolves.toEqual(defaultSettings);
    expect(backing.writes).toBe(0);
  });

  it('persists an update, visible to a new store over the same backing', async () => {
    const backing = memoryBacking();
    const updated = await createElectronSettingsStore(backing).update({ theme: 'dark' });
    expect(updated).toEqual({ version: 1, theme: 'dark', lastGuide: null });
    expect(backing.store).toEqual(updated);
    await expect(createElectronSettingsStore(backing).get()).resolves.toEqual(updated);
  });

  it('merges successive patches', async () => {
    const store = createElectronSettingsStore(memoryBacking());
    await store.update({ theme: 'light' });
    await store.update({ lastGuide: 'event-driven' });
    await expect(store.get()).resolves.toEqual({ version: 1, theme: 'light', lastGuide: 'event-driven' });
    await store.update({ lastGuide: null });
    await expect(store.get()).resolves.toEqual({ version: 1, theme: 'light', lastGuide: null });
  });

  it('rejects an invalid patch and leaves the file alone', async () => {
    const backing = memoryBacking();
    const store = createElectronSettingsStore(backing);
    await expect(store.update({ theme: 'neon' } as never)).rejects.toThrow();
    await expect(store.update({ extra: 1 } as never)).rejects.toThrow();
    expect(backing.writes).toBe(0);
  });

  it('falls back to defaults when the file holds something unreadable', async () => {
    for (const junk of [{ version: 99 }, { version: 1, theme: 'neon' }, { version: 1, surprise: true }]) {
      await expect(createElectronSettingsStore(memoryBacking(junk)).get()).resolves.toEqual(defaultSettings);
    }
  });

  it('fills missing fields of a version-1 file with their defaults', async () => {
    await expect(createElectronSettingsStore(memoryBacking({ version: 1, theme: 'dark' })).get()).resolves.toEqual({
      version: 1,
      theme: 'dark',
      lastGuide: null,
    });
  });
});

describe('core settings helpers', () => {
  it('migrateSettings handles nothing at all', () => {
    expect(migrateSettings(undefined)).toEqual(defaultSettings);
    expect(migrateSettings(null)).toEqual(defaultSettings);
    expect(migrateSettings('garbage')).toEqual(defaultSettings);
  });

  it('applySettingsPatch does not mutate its input and returns valid settings', () => {
    const current = { ...defaultSettings };
    const next = applySettingsPatch(current, { theme: 'dark' });
    expect(current.theme).toBe('system');
    expect(settingsSchema.parse(next)).toEqual(next);
  });

  it('defaultSettings is frozen', () => {
    expect(Object.isFrozen(defaultSettings)).toBe(true);
  });
});

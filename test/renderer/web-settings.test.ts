import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/settings/schema';
import { createWebSettingsStore, SETTINGS_KEY, type KeyValueStorage } from '../../src/renderer/src/platform/web-settings';

function fakeStorage(initial?: string): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>(initial === undefined ? [] : [[SETTINGS_KEY, initial]]);
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('web settings store', () => {
  it('starts from the defaults and persists updates as JSON', async () => {
    const storage = fakeStorage();
    const store = createWebSettingsStore(storage);
    expect(await store.get()).toEqual(defaultSettings);
    expect(await store.update({ theme: 'dark', lastGuide: 'messaging' })).toMatchObject({ theme: 'dark', lastGuide: 'messaging' });
    expect(JSON.parse(storage.data.get(SETTINGS_KEY)!)).toMatchObject({ version: 1, theme: 'dark' });
    expect(await createWebSettingsStore(storage).get()).toMatchObject({ theme: 'dark', lastGuide: 'messaging' });
  });

  it.each(['{not json', '"a string"', '{"version":99}', '{"version":1,"theme":"neon"}', 'null'])(
    'corrupt saved value %s gives defaults, and can be overwritten',
    async (raw) => {
      const storage = fakeStorage(raw);
      const store = createWebSettingsStore(storage);
      expect(await store.get()).toEqual(defaultSettings);
      expect(await store.update({ theme: 'light' })).toMatchObject({ theme: 'light' });
    },
  );

  it('survives storage that throws', async () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = createWebSettingsStore(broken);
    expect(await store.get()).toEqual(defaultSettings);
    expect(await store.update({ theme: 'dark' })).toMatchObject({ theme: 'dark' });
  });

  it('rejects an invalid patch instead of saving it', async () => {
    const storage = fakeStorage();
    const store = createWebSettingsStore(storage);
    await expect(store.update({ theme: 'neon' as 'dark' })).rejects.toThrow();
    expect(storage.data.has(SETTINGS_KEY)).toBe(false);
  });
});

import { useCallback, useEffect, useRef, useState } from 'react';
import { defaultSettings, type Settings, type SettingsPatch } from '../../../core/settings/schema';
import type { SettingsStore } from '../../../core/settings/store';
import { applyTheme, followSystemTheme } from './apply-theme';

export type SettingsState = {
  settings: Settings;
  /** false until the store answered; the defaults are shown meanwhile */
  loaded: boolean;
  update: (patch: SettingsPatch) => void;
};

/** Settings from the platform's store, with the theme applied to the document as it changes. */
export function useSettings(store: SettingsStore): SettingsState {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [loaded, setLoaded] = useState(false);

  // Set by update(): a change made before the first read answered is newer than that answer.
  const changed = useRef(false);

  useEffect(() => {
    let live = true;
    store
      .get()
      .catch(() => defaultSettings)
      .then((value) => {
        if (!live) return;
        if (!changed.current) setSettings(value);
        setLoaded(true);
      });
    return () => {
      live = false;
    };
  }, [store]);

  useEffect(() => {
    applyTheme(settings.theme);
    return followSystemTheme(settings.theme);
  }, [settings.theme]);

  const update = useCallback(
    (patch: SettingsPatch) => {
      // Optimistic: the UI follows at once; the store's answer (validated) wins when it comes.
      changed.current = true;
      setSettings((current) => ({ ...current, ...patch }) as Settings);
      store.update(patch).then(setSettings, () => undefined);
    },
    [store],
  );

  return { settings, loaded, update };
}

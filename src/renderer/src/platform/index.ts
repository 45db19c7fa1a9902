import '../../../shared/api';
import type { Platform } from './platform';
import { createWebRehearsalStore } from './web-rehearsal';
import { createWebSessions, guardWebSettings, sessionStorageArea } from './web-sessions';
import { createWebSettingsStore, SETTINGS_KEY } from './web-settings';

export type { Platform } from './platform';

let web: Platform | undefined;

/** The Electron bridge when the preload exposed it, else the browser adapter (created once). */
export function getPlatform(): Platform {
  const bridge = typeof window === 'undefined' ? undefined : window.archtree;
  if (bridge) return bridge;
  web ??= createWebPlatform();
  return web;
}

function createWebPlatform(): Platform {
  const storage = sessionStorageArea();
  // Before the settings store reads its key: a damaged value is copied aside and reported.
  const settingsNotice = guardWebSettings(storage, SETTINGS_KEY);
  const sessions = Object.freeze(createWebSessions(storage, settingsNotice ? [settingsNotice] : []));
  return Object.freeze({ platform: 'web' as const, settings: createWebSettingsStore(), sessions, rehearsal: createWebRehearsalStore() });
}

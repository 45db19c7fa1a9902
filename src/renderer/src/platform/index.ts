import '../../../shared/api';
import type { Platform } from './platform';
import { createWebSettingsStore } from './web-settings';

export type { Platform } from './platform';

let web: Platform | undefined;

/** The Electron bridge when the preload exposed it, else the browser adapter (created once). */
export function getPlatform(): Platform {
  const bridge = typeof window === 'undefined' ? undefined : window.archtree;
  if (bridge) return bridge;
  web ??= Object.freeze({ platform: 'web' as const, settings: createWebSettingsStore() });
  return web;
}

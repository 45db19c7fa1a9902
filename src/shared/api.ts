import type { ExportsApi } from '../core/architecture/export-api';
import type { RehearsalStore } from '../core/rehearsal/store';
import type { SessionsApi } from '../core/session/api';
import type { SettingsStore } from '../core/settings/store';

/**
 * The bridge the preload exposes as `window.archtree`. Named functions only; there is no
 * generic `invoke(channel)`. In the browser build `window.archtree` is undefined and the
 * renderer uses its web adapter (same `SettingsStore` interface over localStorage).
 */
export interface ArchtreeApi {
  readonly platform: 'electron';
  readonly settings: SettingsStore;
  readonly sessions: SessionsApi;
  readonly rehearsal: RehearsalStore;
  /** save an export through main's save dialog, and the clipboard */
  readonly exports: ExportsApi;
}

declare global {
  interface Window {
    archtree?: ArchtreeApi;
  }
}

export {};

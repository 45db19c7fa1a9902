import type { RehearsalStore } from '../../../core/rehearsal/store';
import type { SessionsApi } from '../../../core/session/api';
import type { SettingsStore } from '../../../core/settings/store';

/**
 * What the renderer needs from its host. In Electron this is the preload bridge
 * (`window.archtree`, typed ArchtreeApi); in a browser it is the web adapter. Both expose the
 * same SettingsStore, so screens never ask which one they run in, except to decide how
 * outbound links are shown.
 */
export type Platform = {
  readonly platform: 'electron' | 'web';
  readonly settings: SettingsStore;
  /** saved sessions, import and export: same interface over IPC (desktop) or localStorage (web) */
  readonly sessions: SessionsApi;
  /** rehearsal progress (flashcard schedule, attempts): IPC on the desktop, localStorage on the web */
  readonly rehearsal: RehearsalStore;
};

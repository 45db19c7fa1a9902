import { join } from 'node:path';
import { settingsMovedMessage, settingsTextProblem } from '../core/session/settings-text';
import type { StoreNotice } from '../core/session/store';
import { corruptStamp } from '../core/session/store-text';
import { removeStrayTempFiles } from './atomic-write';
import { moveAside, readTextIfExists } from './store-files';

export const SETTINGS_FILE = 'settings.json';

/**
 * Runs before electron-store opens settings.json (with clearInvalidConfig off): a damaged
 * file is moved aside as settings.corrupt-<stamp>.json and the user is told where, instead
 * of conf wiping it. Also sweeps temp files conf's atomic writer left if it was killed.
 */
export function guardSettingsFile(dir: string, now: Date = new Date()): StoreNotice | undefined {
  removeStrayTempFiles(dir, [SETTINGS_FILE]);
  const path = join(dir, SETTINGS_FILE);
  let text: string | null;
  try {
    text = readTextIfExists(path);
  } catch {
    return undefined; // unreadable (permissions): electron-store reports it; nothing to move
  }
  const problem = text === null ? undefined : settingsTextProblem(text);
  if (!problem) return undefined;
  const stamp = corruptStamp(now);
  try {
    return { id: `moved:settings:${stamp}`, message: settingsMovedMessage(problem, moveAside(path, stamp)) };
  } catch (error) {
    return { id: `untouched:settings:${stamp}`, message: `Your settings file ${problem}, and could not be moved aside (${(error as Error).message}).` };
  }
}

import { tooLargeMessage, type ExportResult, type ImportRead, type SessionsApi } from '../../../core/session/api';
import { exportFileName, exportSession } from '../../../core/session/export';
import { MAX_IMPORT_BYTES } from '../../../core/session/safe-json';
import { settingsMovedMessage, settingsTextProblem } from '../../../core/session/settings-text';
import { createSessionStore, type SessionBacking, type StoreName, type StoreNotice } from '../../../core/session/store';
import { corruptStamp } from '../../../core/session/store-text';

/*
 * The browser build's sessions: the same core store as the desktop app over localStorage
 * (one key per store, each write a single setItem, so it is all-or-nothing), a file input
 * for imports and a download for exports.
 */

export const SESSION_KEYS: Record<StoreName, string> = { sessions: 'archtree.sessions', archive: 'archtree.sessions-archive' };

export type WebStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A damaged value is COPIED to `<key>.corrupt-<stamp>` (and only then removed), so it stays readable in devtools. */
function copyAside(storage: WebStorage, key: string, stamp: string): string {
  const text = storage.getItem(key) ?? '';
  let target = `${key}.corrupt-${stamp}`;
  for (let n = 1; storage.getItem(target) !== null; n++) target = `${key}.corrupt-${stamp}-${n}`;
  storage.setItem(target, text);
  storage.removeItem(key);
  return `the browser storage key “${target}”`;
}

export function localStorageSessionBacking(storage: WebStorage): SessionBacking {
  return {
    read: (name) => storage.getItem(SESSION_KEYS[name]),
    write: (name, text) => storage.setItem(SESSION_KEYS[name], text),
    moveAside: (name, stamp) => copyAside(storage, SESSION_KEYS[name], stamp),
    locate: (name) => `the browser storage key “${SESSION_KEYS[name]}”`,
  };
}

/** The settings value, checked before the settings store reads it: a damaged one is copied aside, not silently replaced. */
export function guardWebSettings(storage: WebStorage, key: string, now: Date = new Date()): StoreNotice | undefined {
  try {
    const text = storage.getItem(key);
    const problem = text === null ? undefined : settingsTextProblem(text);
    if (!problem) return undefined;
    const stamp = corruptStamp(now);
    return { id: `moved:settings:${stamp}`, message: settingsMovedMessage(problem, copyAside(storage, key, stamp)) };
  } catch {
    return undefined; // storage unavailable: the settings store falls back to defaults on its own
  }
}

function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.hidden = true;
    const done = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

async function importFile(): Promise<ImportRead> {
  const file = await pickFile();
  if (!file) return { status: 'cancelled' };
  // File.size comes from the directory entry: nothing is read until it passes.
  if (file.size > MAX_IMPORT_BYTES) return { status: 'error', message: tooLargeMessage(file.name, file.size) };
  try {
    return { status: 'read', fileName: file.name, text: await file.text() };
  } catch (error) {
    return { status: 'error', message: `“${file.name}” could not be read (${(error as Error).message}).` };
  }
}

async function exportFile(session: Parameters<SessionsApi['exportFile']>[0]): Promise<ExportResult> {
  const fileName = exportFileName(session);
  const url = URL.createObjectURL(new Blob([exportSession(session)], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { status: 'saved', fileName };
}

/** localStorage, or a Map when it is unavailable (privacy mode): sessions then last for the visit. */
export function sessionStorageArea(): WebStorage {
  try {
    if (globalThis.localStorage) return globalThis.localStorage;
  } catch {
    // Reading localStorage itself can throw (SecurityError).
  }
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, String(v)), removeItem: (k) => void map.delete(k) };
}

export function createWebSessions(storage: WebStorage, notices: StoreNotice[] = []): SessionsApi {
  return { ...createSessionStore(localStorageSessionBacking(storage), { notices }), importFile, exportFile };
}

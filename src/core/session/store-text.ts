import { migrateStoreFile, type MigrationProblem } from './migrate';
import { readJsonSafely } from './safe-json';
import { CURRENT_VERSION, storeFileSchema, type StoreFile } from './schema';

/** The archive grows without a cap, so its text may be larger than an import may be. */
export const MAX_STORE_CHARS = 64 * 1024 * 1024;

export type Decoded =
  | { ok: true; file: StoreFile; from: number }
  | { ok: false; problem: MigrationProblem; message: string };

/**
 * What a stored text holds. "corrupt" (empty, truncated, not JSON, not the schema of the
 * version it claims) is moved aside by the store; "newer" and "migration-failed" are left
 * exactly as they are, since the file is intact and only this build cannot use it.
 */
export function decodeStoreText(text: string): Decoded {
  const json = readJsonSafely(text, MAX_STORE_CHARS);
  if (!json.ok) return { ok: false, problem: 'corrupt', message: json.message };
  const migrated = migrateStoreFile(json.value);
  return migrated.ok ? { ok: true, file: migrated.value, from: migrated.from } : migrated;
}

/** Compact: it is read on every start and after every answer. Validated so a bug can never write a file we would refuse. */
export function encodeStoreFile(file: StoreFile): string {
  return JSON.stringify(storeFileSchema.parse({ version: CURRENT_VERSION, sessions: file.sessions }));
}

/** A file-name-safe UTC timestamp: 2025-03-12T14-05-00-000Z. */
export function corruptStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

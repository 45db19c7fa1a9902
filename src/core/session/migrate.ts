import type { z } from 'zod';
import { describeIssues } from './issues';
import {
  CURRENT_VERSION,
  exportFileSchema,
  storeFileSchema,
  type ExportFile,
  type Position,
  type Session,
  type StoreFile,
} from './schema';
import { exportFileV1Schema, storeFileV1Schema, type SessionV1 } from './schema-v1';

/**
 * Our own migrations (not conf's): every file states its format version, is parsed strictly
 * with the schema of THAT version, then stepped up one version at a time. A failure is a
 * value, never an exception, and names what went wrong (as a predicate: "The file " + message), so the caller can leave the file
 * alone and say why.
 *
 * - corrupt: the data does not match the schema of the version it claims (or claims none)
 * - newer: written by a later Archtree; we must not touch what we cannot read
 * - migration-failed: valid for its version, but a step could not carry it forward
 */
export type MigrationProblem = 'corrupt' | 'newer' | 'migration-failed';
export type Migrated<T> = { ok: true; value: T; from: number } | { ok: false; problem: MigrationProblem; message: string };

/** v1 kept the position as a transition target; v2 says which kind it is. */
function positionFromTarget(at: string): Position {
  return at.startsWith('outcome:') ? { kind: 'outcome', outcome: at.slice('outcome:'.length) } : { kind: 'question', question: at };
}

/** v1 → v2: one guide becomes a list of runs, epoch times become ISO, remembered starts as the answers. */
export function sessionV1ToV2(s: SessionV1): Session {
  return {
    id: s.id,
    name: s.name,
    createdAt: new Date(s.createdAt).toISOString(),
    updatedAt: new Date(s.updatedAt).toISOString(),
    runs: [{ guide: s.guide, answers: { ...s.answers }, remembered: { ...s.answers }, history: [...s.history], position: positionFromTarget(s.at) }],
  };
}

/** steps[v] turns a version-v session into a version v+1 one. */
const sessionSteps: Record<number, (session: never) => unknown> = { 1: sessionV1ToV2 };

function upgrade(session: unknown, from: number): unknown {
  let value = session;
  for (let v = from; v < CURRENT_VERSION; v++) value = sessionSteps[v]!(value as never);
  return value;
}

/** The version a file claims, or why it has none we can use. */
function versionOf(raw: unknown): number | Migrated<never> {
  const version = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as { version?: unknown }).version : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: 'corrupt', message: 'has no format version number' };
  }
  if (version > CURRENT_VERSION) {
    return { ok: false, problem: 'newer', message: `was written by a newer Archtree (format ${version}; this version reads formats 1 to ${CURRENT_VERSION})` };
  }
  return version;
}

/** Parse at the claimed version, step up, parse at the current one. */
function migrateWith<T>(
  raw: unknown,
  schemas: Record<number, z.ZodType>,
  target: z.ZodType<T>,
  lift: (parsed: never, from: number) => unknown,
): Migrated<T> {
  const version = versionOf(raw);
  if (typeof version !== 'number') return version;
  const parsed = schemas[version]!.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: 'corrupt', message: `does not match format ${version}: ${describeIssues(parsed.error)}` };
  let lifted: unknown;
  try {
    lifted = version === CURRENT_VERSION ? parsed.data : lift(parsed.data as never, version);
  } catch (error) {
    return { ok: false, problem: 'migration-failed', message: `could not be upgraded from format ${version}: ${(error as Error).message}` };
  }
  const result = target.safeParse(lifted);
  if (!result.success) {
    return { ok: false, problem: 'migration-failed', message: `could not be upgraded from format ${version}: ${describeIssues(result.error)}` };
  }
  return { ok: true, value: result.data, from: version };
}

/** One session of a given format version → the current session shape (through the same steps as a file). */
export function migrateSession(raw: unknown, fromVersion: number): Migrated<Session> {
  const file = migrateStoreFile({ version: fromVersion, sessions: [raw] });
  return file.ok ? { ok: true, value: file.value.sessions[0]!, from: file.from } : file;
}

/** A whole store (or archive) file → the current format. */
export function migrateStoreFile(raw: unknown): Migrated<StoreFile> {
  return migrateWith(raw, { 1: storeFileV1Schema, 2: storeFileSchema }, storeFileSchema, (p: { sessions: unknown[] }, v) => ({
    version: CURRENT_VERSION,
    sessions: p.sessions.map((s) => upgrade(s, v)),
  }));
}

/** An exported `.archtree.json` → the current export format. v1 had no export time: its last update stands in. */
export function migrateExportFile(raw: unknown): Migrated<ExportFile> {
  return migrateWith(raw, { 1: exportFileV1Schema, 2: exportFileSchema }, exportFileSchema, (p: { format: string; session: SessionV1 }, v) => {
    const session = upgrade(p.session, v) as Session;
    return { format: p.format, version: CURRENT_VERSION, exportedAt: session.updatedAt, session };
  });
}

import type { Guide } from '../guide/schema';
import { sessionNameSchema, sessionSchema, type Run, type Session } from './schema';

/** 128 random bits as hex: unique without coordination, across devices and imports. */
export function newSessionId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A run that has not begun: at the guide's first question, nothing answered. */
export function emptyRun(guide: Pick<Guide, 'id' | 'version' | 'start'>): Run {
  return { guide: guide.id, guideVersion: guide.version, answers: {}, remembered: {}, history: [], position: { kind: 'question', question: guide.start } };
}

export function newSession(guide: Pick<Guide, 'id' | 'version' | 'start'>, name: string, now: Date, id = newSessionId()): Session {
  const at = now.toISOString();
  return sessionSchema.parse({ id, name: name.slice(0, 120), createdAt: at, updatedAt: at, runs: [emptyRun(guide)] });
}

/** Renaming is not working on the session, so it keeps its place in Recent (updatedAt unchanged). */
export function renameSession(session: Session, name: string): Session {
  return { ...session, name: sessionNameSchema.parse(name) };
}

const COPY = ' (copy)';

export function duplicateSession(session: Session, now: Date, id = newSessionId()): Session {
  const at = now.toISOString();
  const name = `${session.name.slice(0, 120 - COPY.length)}${COPY}`;
  return { ...structuredClone(session), id, name, createdAt: at, updatedAt: at };
}

/** Most recently updated first; ties broken by id so the order is stable. */
export function byRecent(a: Session, b: Session): number {
  return Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

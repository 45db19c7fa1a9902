import { byRecent } from './ops';
import { emptyStoreFile, sessionIdSchema, sessionSchema, type Session, type StoreFile } from './schema';
import { corruptStamp, decodeStoreText, encodeStoreFile } from './store-text';

/**
 * The one session store. Desktop (files written atomically by main) and web (localStorage)
 * differ only in their SessionBacking; the schema, migrations, cap, archive and the handling
 * of damaged data are all here, so both builds behave the same and are tested in Node.
 *
 * Every operation reads the backing afresh (another tab may have written it), and a
 * damaged value is dealt with the moment it is met:
 * - corrupt → moved aside, the store carries on empty, and a notice says where the old data is;
 * - newer format / failed migration / unreadable → left untouched; the store keeps working
 *   in memory for this run and the notice says nothing is being saved.
 */

export type StoreName = 'sessions' | 'archive';

export interface SessionBacking {
  /** The stored text, or null when nothing is stored yet. */
  read(name: StoreName): string | null;
  /** Replace the stored text in one step (atomic rename on disk). */
  write(name: StoreName, text: string): void;
  /** Put the stored text somewhere safe and remove it from `name`; returns where it went. */
  moveAside(name: StoreName, stamp: string): string;
  /** Where `name` lives, for messages. */
  locate(name: StoreName): string;
}

export type StoreNotice = { id: string; message: string };
export type SessionListing = { sessions: Session[]; archived: number; notices: StoreNotice[] };
export type PutResult = { archived: number };

export interface SessionStore {
  /** Recent sessions (most recent first), how many are archived, and anything the user must be told. */
  list(): Promise<SessionListing>;
  /** Insert or replace by id; past the cap the least recent go to the archive (never dropped). */
  put(session: Session): Promise<PutResult>;
  remove(id: string): Promise<boolean>;
  archive(): Promise<Session[]>;
  unarchive(id: string): Promise<PutResult>;
  dismiss(noticeId: string): Promise<void>;
}

export const RECENT_CAP = 50;
const LABEL: Record<StoreName, string> = { sessions: 'saved sessions', archive: 'session archive' };

export interface StoreOptions {
  cap?: number;
  now?: () => Date;
  /** found before the store opened (a settings file moved aside, say); shown with the store's own */
  notices?: StoreNotice[];
}

export function createSessionStore(backing: SessionBacking, options: StoreOptions = {}): SessionStore {
  const cap = options.cap ?? RECENT_CAP;
  const now = options.now ?? (() => new Date());
  const notices: StoreNotice[] = [...(options.notices ?? [])];
  /** stores left untouched on disk: worked on in memory for this run */
  const frozen = new Map<StoreName, StoreFile>();
  const why = (error: unknown) => (error instanceof Error ? error.message : String(error));

  const freeze = (name: StoreName, message: string): StoreFile => {
    notices.push({ id: `untouched:${name}:${notices.length}`, message: `${message} Changes made now are kept only until Archtree closes.` });
    frozen.set(name, emptyStoreFile());
    return frozen.get(name)!;
  };

  function load(name: StoreName): StoreFile {
    const kept = frozen.get(name);
    if (kept) return kept;
    let text: string | null;
    try {
      text = backing.read(name);
    } catch (error) {
      return freeze(name, `Your ${LABEL[name]} at ${backing.locate(name)} could not be read (${why(error)}); it was left untouched.`);
    }
    if (text === null) return emptyStoreFile();
    const decoded = decodeStoreText(text);
    if (decoded.ok) return decoded.file;
    if (decoded.problem !== 'corrupt') {
      return freeze(name, `Your ${LABEL[name]} at ${backing.locate(name)} ${decoded.message}. The file was left untouched.`);
    }
    const stamp = corruptStamp(now());
    try {
      const location = backing.moveAside(name, stamp);
      notices.push({
        id: `moved:${name}:${stamp}`,
        message: `Your ${LABEL[name]} could not be read: the file ${decoded.message}. It was moved aside to ${location}, and Archtree started with an empty ${name === 'sessions' ? 'list' : 'archive'}.`,
      });
    } catch (error) {
      return freeze(name, `Your ${LABEL[name]} could not be read: the file ${decoded.message}. It could not be moved aside (${why(error)}), so it was left untouched at ${backing.locate(name)}.`);
    }
    return emptyStoreFile();
  }

  function save(name: StoreName, file: StoreFile): void {
    const sorted: StoreFile = { ...file, sessions: [...file.sessions].sort(byRecent) };
    if (frozen.has(name)) frozen.set(name, sorted);
    else backing.write(name, encodeStoreFile(sorted));
  }

  /** Archive first, then the list: a crash in between leaves a session in both (shown once), never in neither. */
  function insert(session: Session): PutResult {
    const valid = sessionSchema.parse(session);
    const active = load('sessions').sessions.filter((s) => s.id !== valid.id);
    const all = [valid, ...active].sort(byRecent);
    const overflow = all.slice(cap);
    if (overflow.length > 0) {
      const archive = load('archive');
      const ids = new Set(overflow.map((s) => s.id));
      save('archive', { ...archive, sessions: [...overflow, ...archive.sessions.filter((s) => !ids.has(s.id))] });
    }
    save('sessions', { ...emptyStoreFile(), sessions: all.slice(0, cap) });
    return { archived: overflow.length };
  }

  return {
    async list() {
      const sessions = [...load('sessions').sessions].sort(byRecent);
      const active = new Set(sessions.map((s) => s.id));
      const archived = load('archive').sessions.filter((s) => !active.has(s.id)).length;
      return { sessions, archived, notices: [...notices] };
    },
    async put(session) {
      return insert(session);
    },
    async remove(id) {
      const valid = sessionIdSchema.parse(id);
      const file = load('sessions');
      const rest = file.sessions.filter((s) => s.id !== valid);
      if (rest.length === file.sessions.length) return false;
      save('sessions', { ...file, sessions: rest });
      return true;
    },
    async archive() {
      const active = new Set(load('sessions').sessions.map((s) => s.id));
      return load('archive').sessions.filter((s) => !active.has(s.id)).sort(byRecent);
    },
    async unarchive(id) {
      const valid = sessionIdSchema.parse(id);
      const session = load('archive').sessions.find((s) => s.id === valid);
      if (!session) return { archived: 0 };
      // Back on the list first, then off the archive: never in neither.
      const result = insert({ ...session, updatedAt: now().toISOString() });
      const fresh = load('archive');
      save('archive', { ...fresh, sessions: fresh.sessions.filter((s) => s.id !== valid) });
      return result;
    },
    async dismiss(noticeId) {
      const at = notices.findIndex((n) => n.id === noticeId);
      if (at >= 0) notices.splice(at, 1);
    },
  };
}

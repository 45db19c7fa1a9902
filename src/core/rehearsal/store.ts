import { emptyProgress, progressSchema, type RehearsalProgress } from './progress';

/** The one persistence interface for rehearsal progress; desktop and browser implement it. */
export interface RehearsalStore {
  get(): Promise<RehearsalProgress>;
  /** replace the saved progress; returns what was stored (validated) */
  save(progress: RehearsalProgress): Promise<RehearsalProgress>;
}

/** Raw storage underneath a store. */
export interface RehearsalBacking {
  /** whatever was saved last (untrusted); `undefined` when nothing was */
  read(): unknown;
  write(progress: RehearsalProgress): void;
  /** keep a value that could not be read, for a person to inspect; it is never read back */
  setAside(raw: unknown): void;
}

export type Migrated = { progress: RehearsalProgress; corrupt: boolean };

/**
 * Turns whatever is stored into valid progress. Only version 1 exists; anything else
 * (corrupt JSON, an unknown version, hand edits) yields empty progress and is reported as
 * corrupt so the caller can keep the bad value aside instead of silently losing it.
 */
export function migrateProgress(raw: unknown): Migrated {
  if (raw === undefined || raw === null) return { progress: emptyProgress(), corrupt: false };
  const parsed = progressSchema.safeParse(raw);
  return parsed.success ? { progress: parsed.data, corrupt: false } : { progress: emptyProgress(), corrupt: true };
}

/** A RehearsalStore over any backing (electron-store, localStorage, memory in tests). */
export function createRehearsalStore(backing: RehearsalBacking): RehearsalStore {
  const load = (): RehearsalProgress => {
    const raw = backing.read();
    const { progress, corrupt } = migrateProgress(raw);
    if (corrupt) {
      backing.setAside(raw);
      backing.write(progress);
    }
    return progress;
  };
  return {
    async get() {
      return load();
    },
    async save(progress) {
      const valid = progressSchema.parse(progress);
      backing.write(valid);
      return valid;
    },
  };
}

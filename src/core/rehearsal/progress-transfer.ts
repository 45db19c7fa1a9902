import { z } from 'zod';
import { describeIssues } from '../session/issues';
import { readJsonSafely } from '../session/safe-json';
import { MAX_ATTEMPTS, MAX_REVIEWS, progressSchema, type CardState, type RehearsalProgress } from './progress';
import { MAX_QUESTION_ATTEMPTS } from './question-attempt';

/*
 * Rehearsal progress as a file (`.archtree-rehearsal.json`), to move it between machines or
 * keep a copy. Read with the same rules as an imported session: size and depth checked
 * before parsing (../session/safe-json), "__proto__" refused, the format named and parsed
 * strictly at its own version; every failure is one sentence naming the problem.
 */

export const PROGRESS_FORMAT = 'archtree-rehearsal-progress';
export const PROGRESS_VERSION = 1;
export const PROGRESS_SUFFIX = '.archtree-rehearsal.json';

export const progressFileSchema = z.strictObject({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(PROGRESS_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  progress: progressSchema,
});

/** The progress as file text; parsed on the way out too, so we never write what we would refuse to read. */
export function exportProgress(progress: RehearsalProgress, now: Date = new Date()): string {
  const file = progressFileSchema.parse({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), progress });
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "archtree-rehearsal-2026-11-29.archtree-rehearsal.json" style name, dated by the export. */
export const progressFileName = (now: Date): string => `rehearsal-${now.toISOString().slice(0, 10)}${PROGRESS_SUFFIX}`;

export type ProgressImport = { ok: true; progress: RehearsalProgress } | { ok: false; message: string };

const fail = (reason: string): ProgressImport => ({ ok: false, message: `The file ${reason}.` });
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Text → validated progress, or a sentence saying why not. Never throws. */
export function parseProgressFile(text: string): ProgressImport {
  try {
    const json = readJsonSafely(text);
    if (!json.ok) return fail(json.message);
    const value = json.value;
    if (!isObject(value) || value.format !== PROGRESS_FORMAT) return fail(`is not Archtree rehearsal progress (it has no "format": "${PROGRESS_FORMAT}")`);
    if (typeof value.version === 'number' && value.version > PROGRESS_VERSION) {
      return fail(`was written by a newer Archtree (progress version ${value.version}; this one reads version ${PROGRESS_VERSION})`);
    }
    const parsed = progressFileSchema.safeParse(value);
    if (!parsed.success) return fail(`does not hold valid rehearsal progress: ${describeIssues(parsed.error)}`);
    return { ok: true, progress: parsed.data.progress };
  } catch (error) {
    return fail(`could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

const reviewedAt = (s: CardState) => Date.parse(s.last_review ?? s.due);

/** Per id, keep the state reviewed last: an older copy never rolls a schedule back. */
function mergeStates(a: Record<string, CardState>, b: Record<string, CardState>): Record<string, CardState> {
  const out = { ...a };
  for (const [id, state] of Object.entries(b)) if (!out[id] || reviewedAt(state) > reviewedAt(out[id]!)) out[id] = state;
  return out;
}

/** Union of two histories without exact duplicates, oldest first, newest `max` kept. */
function mergeHistory<T extends { at: string }>(a: readonly T[], b: readonly T[], max: number): T[] {
  const seen = new Set<string>();
  const all = [...a, ...b].filter((item) => {
    const key = JSON.stringify(item);
    return !seen.has(key) && seen.add(key);
  });
  all.sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
  return all.length > max ? all.slice(all.length - max) : all;
}

/**
 * Imported progress joins what is here; nothing is lost. Importing the same file twice
 * changes nothing. Pure.
 */
export function mergeProgress(here: RehearsalProgress, incoming: RehearsalProgress): RehearsalProgress {
  const merged: RehearsalProgress = {
    version: 1,
    cards: mergeStates(here.cards, incoming.cards),
    reviews: mergeHistory(here.reviews, incoming.reviews, MAX_REVIEWS),
    attempts: mergeHistory(here.attempts, incoming.attempts, MAX_ATTEMPTS),
  };
  if (here.questions || incoming.questions) {
    merged.questions = {
      cards: mergeStates(here.questions?.cards ?? {}, incoming.questions?.cards ?? {}),
      attempts: mergeHistory(here.questions?.attempts ?? [], incoming.questions?.attempts ?? [], MAX_QUESTION_ATTEMPTS),
    };
  }
  return progressSchema.parse(merged);
}

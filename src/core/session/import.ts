import type { Guide } from '../guide/schema';
import { migrateExportFile } from './migrate';
import type { Architecture } from '../architecture/model';
import { ARCHITECTURE_FORMAT, parseArchitectureJson } from '../export/json';
import { readJsonSafely, stripBom } from './safe-json';
import { outcomeOf, SESSION_FORMAT, type Session } from './schema';
import { newSessionId } from './ops';

/**
 * Reading an `.archtree.json` someone hands us. Untrusted from the first byte: size and
 * depth are checked before parsing (./safe-json), the format is parsed strictly at its own
 * version and migrated (./migrate), and every guide, question and outcome it names must
 * exist here. Never throws: every failure is a message naming the problem.
 */

export type GuideInfo = Pick<Guide, 'id' | 'title' | 'questions' | 'outcomes'>;
export type ImportResult = { ok: true; session: Session; from: number } | { ok: false; message: string };

const fail = (reason: string): ImportResult => ({ ok: false, message: `The file ${reason}.` });

/** The "format" a parsed file names, or undefined when it names none (or is not an object). */
export function formatOf(value: unknown): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'format') ? (value as { format: unknown }).format : undefined;
}

/** A named format as a message quotes it: JSON, cut to 60 characters (it comes from an untrusted file). */
function quotedFormat(format: unknown): string {
  const text = JSON.stringify(format) ?? String(format);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * For a file that names a format other than Archtree's two: what it names and what Archtree
 * reads, as the end of a sentence ("The file has …"); undefined for Archtree's formats and
 * for a file naming none (the session parser says what that lacks).
 */
export function unreadFormat(format: unknown): string | undefined {
  if (format === undefined || format === SESSION_FORMAT || format === ARCHITECTURE_FORMAT) return undefined;
  return `has "format": ${quotedFormat(format)}, which Archtree does not read; it reads a saved session ("${SESSION_FORMAT}") or an exported architecture ("${ARCHITECTURE_FORMAT}")`;
}

const quoted = (ids: string[]) => ids.slice(0, 3).map((id) => `"${id}"`).join(', ') + (ids.length > 3 ? ` and ${ids.length - 3} more` : '');

/** The first guide, outcome or question the session names that this library does not have. */
export function unknownIds(session: Session, guides: readonly GuideInfo[]): string | undefined {
  for (const run of session.runs) {
    const guide = guides.find((g) => g.id === run.guide);
    if (!guide) return `uses the guide "${run.guide}", which this version of Archtree does not have`;
    const outcome = outcomeOf(run);
    if (outcome !== undefined && !guide.outcomes.some((o) => o.id === outcome)) {
      return `ends at the outcome "${outcome}", which the guide “${guide.title}” does not have`;
    }
    const questions = new Set(guide.questions.map((q) => q.id));
    const named = [...Object.keys(run.answers), ...Object.keys(run.remembered), ...run.history];
    if (run.position.kind === 'question') named.push(run.position.question);
    const strays = [...new Set(named)].filter((q) => !questions.has(q));
    if (strays.length > 0) {
      return `answers ${strays.length === 1 ? 'a question' : 'questions'} ${quoted(strays)} that the guide “${guide.title}” does not have`;
    }
  }
  return undefined;
}

/** Text → a valid current-format session, or why not. Pure: the same text always gives the same answer. */
export function parseSessionFile(text: string, guides: readonly GuideInfo[]): ImportResult {
  try {
    const json = readJsonSafely(text);
    if (!json.ok) return fail(json.message);
    const format = formatOf(json.value);
    if (format === undefined) return fail(`is not an Archtree session (it has no "format": "${SESSION_FORMAT}")`);
    if (format !== SESSION_FORMAT) return fail(`is not an Archtree session: its "format" is ${quotedFormat(format)}, not "${SESSION_FORMAT}"`);
    const migrated = migrateExportFile(json.value);
    if (!migrated.ok) return fail(migrated.message);
    const unknown = unknownIds(migrated.value.session, guides);
    if (unknown) return fail(unknown);
    return { ok: true, session: migrated.value.session, from: migrated.from };
  } catch (error) {
    // Nothing above should throw; if something does, the user still gets a sentence.
    return fail(`could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * An import always becomes a NEW session: nothing stored is overwritten. A colliding id gets
 * a fresh one; the update time becomes now so the import shows at the top of Recent.
 */
export function admitImport(
  session: Session,
  existingIds: ReadonlySet<string>,
  now: Date,
  makeId: () => string = newSessionId,
): { session: Session; newId: boolean } {
  let id = session.id;
  while (existingIds.has(id)) id = makeId();
  return { session: { ...session, id, updatedAt: now.toISOString() }, newId: id !== session.id };
}

/** What an Archtree file holds: a saved session, or an architecture exported as JSON. */
export type ArchtreeFile =
  | { kind: 'session'; session: Session; from: number }
  | { kind: 'architecture'; model: Architecture }
  | { kind: 'error'; message: string };

/**
 * Any file Archtree writes, told apart by its "format" field: a session (.archtree.json) or an
 * architecture (`export --format json`). A byte-order mark and CRLF line ends are accepted.
 * Never throws.
 */
export function readArchtreeFile(text: string, guides: readonly GuideInfo[]): ArchtreeFile {
  const json = readJsonSafely(text);
  const format = json.ok ? formatOf(json.value) : undefined;
  const unread = unreadFormat(format);
  if (unread) return { kind: 'error', message: `The file ${unread}.` };
  if (format === ARCHITECTURE_FORMAT) {
    const parsed = parseArchitectureJson(stripBom(text));
    return parsed.ok ? { kind: 'architecture', model: parsed.value } : { kind: 'error', message: `The file is not a valid Archtree architecture: ${parsed.message}.` };
  }
  const session = parseSessionFile(text, guides);
  return session.ok ? { kind: 'session', session: session.session, from: session.from } : { kind: 'error', message: session.message };
}

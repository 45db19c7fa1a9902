import { z } from 'zod';

/**
 * A saved session, as the store and `.archtree.json` exports hold it (format version 2).
 * Every field is bounded: a store file or an import is untrusted input, and a hostile one
 * must not be able to smuggle in a huge string or an endless list. Earlier versions live in
 * ./schema-v1 and reach this one through ./migrate.
 */

export const SESSION_FORMAT = 'archtree.session';
export const CURRENT_VERSION = 2;

const kebab = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const guideIdSchema = z.string().max(100).regex(kebab, 'must be a kebab-case guide id');
export const questionIdSchema = z.string().max(100).regex(/^[a-z][A-Za-z0-9]*$/, 'must be a camelCase question id');
export const outcomeIdSchema = z.string().max(100).regex(kebab, 'must be a kebab-case outcome id');
export const sessionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, "-" or "_"');
export const sessionNameSchema = z.string().trim().min(1, 'must not be empty').max(120);
/** UTC ISO 8601 with a Z, e.g. 2025-03-12T14:05:00.000Z: sortable, readable in an exported file. */
export const timestampSchema = z.iso.datetime();

export const MAX_ANSWERS = 200;
export const answerValueSchema = z.union([z.string().min(1).max(200), z.number().finite()]);
export const answersSchema = z
  .record(questionIdSchema, answerValueSchema)
  .refine((a) => Object.keys(a).length <= MAX_ANSWERS, `must hold at most ${MAX_ANSWERS} answers`);

/** Where the machine stood: a question waiting for its answer, or an outcome reached. */
export const positionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('question'), question: questionIdSchema }),
  z.strictObject({ kind: z.literal('outcome'), outcome: outcomeIdSchema }),
]);

/** One guide worked through: enough to put its machine back exactly where it was. */
export const runSchema = z.strictObject({
  guide: guideIdSchema,
  /** the guide's own version when last saved, so a resume can tell the guide changed */
  guideVersion: z.number().int().positive().optional(),
  /** answers on the current path (the machine's `answers`) */
  answers: answersSchema,
  /** every answer given, kept across Back so questions come back prefilled */
  remembered: answersSchema,
  /** question ids answered in order: what Back unwinds */
  history: z.array(questionIdSchema).max(MAX_ANSWERS),
  position: positionSchema,
});

export const MAX_RUNS = 20;

/**
 * Present only on a multi-guide architecture session (the Architecture screen): what it is
 * drawn for. Absent on a single-guide session, so sessions stored before it existed parse as
 * they are; its presence, not the number of runs, says which kind a session is (an
 * architecture may hold a single guide).
 */
export const architectureSchema = z.strictObject({ provider: z.enum(['aws', 'gcp', 'azure']) });

export const sessionSchema = z.strictObject({
  id: sessionIdSchema,
  name: sessionNameSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /** one run per guide; a multi-guide architecture session will hold several */
  runs: z.array(runSchema).min(1).max(MAX_RUNS),
  architecture: architectureSchema.optional(),
});

/** The store file (and the archive file): a versioned list, most recently updated first. */
export const storeFileSchema = z.strictObject({
  version: z.literal(CURRENT_VERSION),
  sessions: z.array(sessionSchema).max(100_000),
});

export const exportFileSchema = z.strictObject({
  format: z.literal(SESSION_FORMAT),
  version: z.literal(CURRENT_VERSION),
  exportedAt: timestampSchema,
  session: sessionSchema,
});

export type Session = z.output<typeof sessionSchema>;
export type Run = z.output<typeof runSchema>;
export type Position = z.output<typeof positionSchema>;
export type StoreFile = z.output<typeof storeFileSchema>;
export type ExportFile = z.output<typeof exportFileSchema>;

export const emptyStoreFile = (): StoreFile => ({ version: CURRENT_VERSION, sessions: [] });

/** A session of the Architecture screen (several guides, one diagram), not a single guide run. */
export const isArchitectureSession = (session: Pick<Session, 'architecture'>): boolean => session.architecture !== undefined;

/** The outcome a run reached, if it reached one. */
export const outcomeOf = (run: Run): string | undefined => (run.position.kind === 'outcome' ? run.position.outcome : undefined);

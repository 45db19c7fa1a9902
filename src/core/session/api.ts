import { z } from 'zod';
import { formatLimit, formatSize, MAX_IMPORT_BYTES } from './safe-json';
import { sessionSchema, type Session } from './schema';
import type { SessionStore } from './store';

/**
 * What the renderer gets for sessions, in both builds: the store, plus reading an import
 * and saving an export. In the desktop app main owns the file dialogs and chooses the
 * paths (the renderer never sends one); in the browser a file input and a download do it.
 * The zod schemas are the IPC contract's outputs (src/shared/ipc-contract.ts).
 */

export const noticeSchema = z.strictObject({ id: z.string().max(200), message: z.string().max(4000) });
export const sessionListingSchema = z.strictObject({
  sessions: z.array(sessionSchema),
  archived: z.number().int().nonnegative(),
  notices: z.array(noticeSchema),
});
export const putResultSchema = z.strictObject({ archived: z.number().int().nonnegative() });

const cancelled = z.strictObject({ status: z.literal('cancelled') });
const failed = z.strictObject({ status: z.literal('error'), message: z.string().max(4000) });
const fileName = z.string().min(1).max(260);

/** A file the user picked, read only after its size was checked; its text is parsed by the renderer's shared importer. */
export const importReadSchema = z.discriminatedUnion('status', [
  cancelled,
  failed,
  z.strictObject({ status: z.literal('read'), fileName, text: z.string().max(MAX_IMPORT_BYTES) }),
]);
export const exportResultSchema = z.discriminatedUnion('status', [cancelled, failed, z.strictObject({ status: z.literal('saved'), fileName })]);

export type ImportRead = z.output<typeof importReadSchema>;
export type ExportResult = z.output<typeof exportResultSchema>;

export interface SessionsApi extends SessionStore {
  /** Ask the user for an `.archtree.json` and read it (size checked first). */
  importFile(): Promise<ImportRead>;
  /** Ask the user where to save this session and write it (atomically on desktop). */
  exportFile(session: Session): Promise<ExportResult>;
}

/** The size message both builds give before reading anything. */
export function tooLargeMessage(name: string, bytes: number): string {
  return `“${name}” is ${formatSize(bytes)}; a session file can be at most ${formatLimit(MAX_IMPORT_BYTES)}, so it was not read.`;
}

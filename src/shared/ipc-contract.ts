import { z } from 'zod';
import { clipboardPngSchema, clipboardResultSchema, clipboardTextSchema, exportSaveResultSchema, exportSaveSchema } from '../core/architecture/export-api';
import { settingsPatchSchema, settingsSchema } from '../core/settings/schema';
import { exportResultSchema, importReadSchema, putResultSchema, sessionListingSchema } from '../core/session/api';
import { sessionIdSchema, sessionSchema } from '../core/session/schema';
import { progressSchema } from '../core/rehearsal/progress';

/**
 * The IPC contract: every channel between renderer (via preload) and main, with the zod
 * schema of its input and of its output. Main parses both sides of every call.
 *
 * To add a channel: add one entry here. The type checker then requires a handler in
 * `createIpcHandlers` (src/main/ipc.ts); expose it as a named function in
 * src/preload/index.ts and type it in src/shared/api.ts.
 *
 * The preload imports this module with `import type` only, so zod never enters the
 * sandboxed preload bundle.
 */
export const ipcContract = {
  'settings:get': { input: z.undefined(), output: settingsSchema },
  'settings:update': { input: settingsPatchSchema, output: settingsSchema },
  'sessions:list': { input: z.undefined(), output: sessionListingSchema },
  'sessions:put': { input: sessionSchema, output: putResultSchema },
  'sessions:remove': { input: sessionIdSchema, output: z.boolean() },
  'sessions:archive': { input: z.undefined(), output: z.array(sessionSchema) },
  'sessions:unarchive': { input: sessionIdSchema, output: putResultSchema },
  'sessions:dismiss': { input: z.string().max(200), output: z.undefined() },
  // No path crosses: main shows the dialog, checks the size, and returns only the text.
  'sessions:import-file': { input: z.undefined(), output: importReadSchema },
  'sessions:export-file': { input: sessionSchema, output: exportResultSchema },
  'rehearsal:get': { input: z.undefined(), output: progressSchema },
  'rehearsal:save': { input: progressSchema, output: progressSchema },
  // No path crosses: the renderer sends format, title and content; main's dialog picks the file.
  'exports:save': { input: exportSaveSchema, output: exportSaveResultSchema },
  // Main denies the page clipboard permission; these two are the only way to the clipboard.
  'exports:copy-text': { input: clipboardTextSchema, output: clipboardResultSchema },
  'exports:copy-png': { input: clipboardPngSchema, output: clipboardResultSchema },
} as const satisfies Record<string, ChannelSpec>;

export interface ChannelSpec {
  readonly input: z.ZodType;
  readonly output: z.ZodType;
}

export type IpcContract = typeof ipcContract;
export type IpcChannel = keyof IpcContract;
/** What the renderer may send on a channel. */
export type IpcInput<C extends IpcChannel> = z.input<IpcContract[C]['input']>;
/** What a handler receives after parsing. */
export type IpcParsedInput<C extends IpcChannel> = z.output<IpcContract[C]['input']>;
/** What the renderer receives. */
export type IpcOutput<C extends IpcChannel> = z.output<IpcContract[C]['output']>;

export const ipcChannels = Object.keys(ipcContract) as IpcChannel[];

export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && Object.hasOwn(ipcContract, value);
}

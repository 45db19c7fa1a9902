import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { ExportsApi } from '../core/architecture/export-api';
import type { RehearsalStore } from '../core/rehearsal/store';
import type { SessionStore } from '../core/session/store';
import type { SettingsStore } from '../core/settings/store';
import type { SessionFiles } from './session-files';
import {
  ipcChannels,
  ipcContract,
  type IpcChannel,
  type IpcOutput,
  type IpcParsedInput,
} from '../shared/ipc-contract';

/** One implementation per channel; the type makes a new contract entry a compile error until handled. */
export type IpcHandlers = {
  [C in IpcChannel]: (input: IpcParsedInput<C>) => Promise<IpcOutput<C>> | IpcOutput<C>;
};

export interface IpcDeps {
  readonly settings: SettingsStore;
  readonly sessions: SessionStore;
  readonly files: SessionFiles;
  readonly rehearsal: RehearsalStore;
  /** save dialog + atomic write, and the clipboard (./export-files) */
  readonly exports: ExportsApi;
}

export function createIpcHandlers({ settings, sessions, files, rehearsal, exports }: IpcDeps): IpcHandlers {
  return {
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
    'sessions:list': () => sessions.list(),
    'sessions:put': (session) => sessions.put(session),
    'sessions:remove': (id) => sessions.remove(id),
    'sessions:archive': () => sessions.archive(),
    'sessions:unarchive': (id) => sessions.unarchive(id),
    'sessions:dismiss': (id) => sessions.dismiss(id).then(() => undefined),
    'sessions:import-file': () => files.importFile(),
    'sessions:export-file': (session) => files.exportFile(session),
    'rehearsal:get': () => rehearsal.get(),
    'rehearsal:save': (progress) => rehearsal.save(progress),
    'exports:save': (request) => exports.save(request),
    'exports:copy-text': (text) => exports.copyText(text),
    'exports:copy-png': (png) => exports.copyPng(png),
  };
}

export interface AppPages {
  /** Absolute path of the built renderer page (out/renderer/index.html). */
  readonly rendererFile: string;
  /** The electron-vite dev server URL; set only in development. */
  readonly devServerUrl?: string | undefined;
}

/** Is this URL one of the app's own pages: the built index.html, or the local dev server? */
export function createAppUrlCheck({ rendererFile, devServerUrl }: AppPages): (url: string) => boolean {
  const appFile = pathToFileURL(rendererFile);
  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;
  return (url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (parsed.protocol === 'file:') {
      return parsed.host === appFile.host && parsed.pathname === appFile.pathname;
    }
    return devOrigin !== undefined && parsed.origin === devOrigin;
  };
}

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/** Only the top-level frame of an app page may call main. */
export function isTrustedSender(event: SenderEvent, isAppUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

export class IpcRejectedError extends Error {
  override name = 'IpcRejectedError';
}

/** Wraps one implementation: checks the sender, parses the input, runs it, parses the output. */
export function createIpcHandler<C extends IpcChannel>(
  channel: C,
  implementation: IpcHandlers[C],
  isAppUrl: (url: string) => boolean,
): (event: SenderEvent, raw?: unknown) => Promise<IpcOutput<C>> {
  const spec = ipcContract[channel];
  const run = implementation as (input: IpcParsedInput<C>) => Promise<IpcOutput<C>> | IpcOutput<C>;
  return async (event, raw) => {
    if (!isTrustedSender(event, isAppUrl)) {
      throw new IpcRejectedError(`${channel}: sender is not an Archtree page`);
    }
    const input = spec.input.safeParse(raw);
    if (!input.success) {
      throw new IpcRejectedError(`${channel}: invalid input\n${z.prettifyError(input.error)}`);
    }
    const result = await run(input.data as IpcParsedInput<C>);
    const output = spec.output.safeParse(result);
    if (!output.success) {
      throw new IpcRejectedError(`${channel}: handler produced invalid output`);
    }
    return output.data as IpcOutput<C>;
  };
}

/** Registers every contract channel; returns a function that removes them again. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: IpcHandlers,
  isAppUrl: (url: string) => boolean,
): () => void {
  for (const channel of ipcChannels) {
    ipcMain.handle(channel, createIpcHandler(channel, handlers[channel], isAppUrl));
  }
  return () => {
    for (const channel of ipcChannels) ipcMain.removeHandler(channel);
  };
}

// Sandboxed preload: bundled into ONE CommonJS file (out/preload/index.cjs) whose only
// require() is 'electron'. Import project modules with `import type` only.
import { contextBridge, ipcRenderer } from 'electron';
import type { ArchtreeApi } from '../shared/api';
import type { IpcChannel, IpcInput, IpcOutput } from '../shared/ipc-contract';

/** Private: never exposed, so the page cannot reach arbitrary channels. */
function invoke<C extends IpcChannel>(channel: C, input: IpcInput<C>): Promise<IpcOutput<C>> {
  return ipcRenderer.invoke(channel, input) as Promise<IpcOutput<C>>;
}

const api: ArchtreeApi = Object.freeze({
  platform: 'electron',
  settings: Object.freeze({
    get: () => invoke('settings:get', undefined),
    update: (patch: IpcInput<'settings:update'>) => invoke('settings:update', patch),
  }),
  sessions: Object.freeze({
    list: () => invoke('sessions:list', undefined),
    put: (session: IpcInput<'sessions:put'>) => invoke('sessions:put', session),
    remove: (id: string) => invoke('sessions:remove', id),
    archive: () => invoke('sessions:archive', undefined),
    unarchive: (id: string) => invoke('sessions:unarchive', id),
    dismiss: (noticeId: string) => invoke('sessions:dismiss', noticeId),
    importFile: () => invoke('sessions:import-file', undefined),
    exportFile: (session: IpcInput<'sessions:export-file'>) => invoke('sessions:export-file', session),
  }),
  rehearsal: Object.freeze({
    get: () => invoke('rehearsal:get', undefined),
    save: (progress: IpcInput<'rehearsal:save'>) => invoke('rehearsal:save', progress),
  }),
  exports: Object.freeze({
    save: (request: IpcInput<'exports:save'>) => invoke('exports:save', request),
    copyText: (text: string) => invoke('exports:copy-text', text),
    copyPng: (png: Uint8Array) => invoke('exports:copy-png', png),
  }),
});

contextBridge.exposeInMainWorld('archtree', api);

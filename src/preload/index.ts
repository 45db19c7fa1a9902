// Sandboxed preload: bundled into ONE CommonJS file (out/preload/index.cjs) whose only
// require() is 'electron'. Import project modules with `import type` only.
import { contextBridge, ipcRenderer } from 'electron';
import type { ArchtreeApi } from '../shared/api';
import type { IpcInput } from '../shared/ipc-contract';

// Each function names its one channel; there is no helper taking a channel argument, so
// nothing in this file can be bent into reaching a channel the page was not given.

const api: ArchtreeApi = Object.freeze({
  platform: 'electron',
  settings: Object.freeze({
    get: () => ipcRenderer.invoke('settings:get', undefined),
    update: (patch: IpcInput<'settings:update'>) => ipcRenderer.invoke('settings:update', patch),
  }),
  sessions: Object.freeze({
    list: () => ipcRenderer.invoke('sessions:list', undefined),
    put: (session: IpcInput<'sessions:put'>) => ipcRenderer.invoke('sessions:put', session),
    remove: (id: string) => ipcRenderer.invoke('sessions:remove', id),
    archive: () => ipcRenderer.invoke('sessions:archive', undefined),
    unarchive: (id: string) => ipcRenderer.invoke('sessions:unarchive', id),
    dismiss: (noticeId: string) => ipcRenderer.invoke('sessions:dismiss', noticeId),
    importFile: () => ipcRenderer.invoke('sessions:import-file', undefined),
    exportFile: (session: IpcInput<'sessions:export-file'>) => ipcRenderer.invoke('sessions:export-file', session),
  }),
  rehearsal: Object.freeze({
    get: () => ipcRenderer.invoke('rehearsal:get', undefined),
    save: (progress: IpcInput<'rehearsal:save'>) => ipcRenderer.invoke('rehearsal:save', progress),
  }),
  exports: Object.freeze({
    save: (request: IpcInput<'exports:save'>) => ipcRenderer.invoke('exports:save', request),
    copyText: (text: string) => ipcRenderer.invoke('exports:copy-text', text),
    copyPng: (png: Uint8Array) => ipcRenderer.invoke('exports:copy-png', png),
  }),
});

contextBridge.exposeInMainWorld('archtree', api);

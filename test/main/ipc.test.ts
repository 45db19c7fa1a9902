import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../src/core/settings/schema';
import type { ExportsApi } from '../../src/core/architecture/export-api';
import type { RehearsalStore } from '../../src/core/rehearsal/store';
import type { SessionStore } from '../../src/core/session/store';
import type { SettingsStore } from '../../src/core/settings/store';
import type { SessionFiles } from '../../src/main/session-files';
import {
  IpcRejectedError,
  createAppUrlCheck,
  createIpcHandler,
  createIpcHandlers,
  registerIpcHandlers,
} from '../../src/main/ipc';
import { ipcChannels, ipcContract } from '../../src/shared/ipc-contract';

const rendererFile = '/opt/archtree/out/renderer/index.html';
const isAppUrl = createAppUrlCheck({ rendererFile, devServerUrl: 'http://localhost:5173' });
const appPage = 'file:///opt/archtree/out/renderer/index.html';

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } }) as never;

/** Session deps these settings tests never call; test/main/session-ipc.test.ts covers them. */
const unusedSessionDeps = () => ({ sessions: {} as SessionStore, files: {} as SessionFiles, rehearsal: {} as RehearsalStore, exports: {} as ExportsApi });

function memorySettings(): SettingsStore {
  let current = { ...defaultSettings };
  return {
    get: vi.fn(async () => current),
    update: vi.fn(async (patch) => (current = { ...current, ...patch })),
  };
}

describe('IPC contract', () => {
  it('lists every channel with an input and an output schema', () => {
    expect(ipcChannels.sort()).toEqual([
      'exports:copy-png',
      'exports:copy-text',
      'exports:save',
      'rehearsal:get',
      'rehearsal:save',
      'sessions:archive',
      'sessions:dismiss',
      'sessions:export-file',
      'sessions:import-file',
      'sessions:list',
      'sessions:put',
      'sessions:remove',
      'sessions:unarchive',
      'settings:get',
      'settings:update',
    ]);
  });

  it('settings:get takes no payload', () => {
    expect(ipcContract['settings:get'].input.safeParse(undefined).success).toBe(true);
    expect(ipcContract['settings:get'].input.safeParse({}).success).toBe(false);
    expect(ipcContract['settings:get'].input.safeParse('x').success).toBe(false);
  });

  it.each([
    ['unknown key', { theme: 'dark', admin: true }],
    ['bad theme', { theme: 'neon' }],
    ['wrong type', { lastGuide: 42 }],
    ['empty guide id', { lastGuide: '' }],
    ['huge guide id', { lastGuide: 'x'.repeat(201) }],
    ['not an object', 'dark'],
    ['array', [{ theme: 'dark' }]],
    ['prototype pollution', JSON.parse('{"__proto__": {"polluted": true}}')],
    ['version change', { version: 2 }],
  ])('settings:update rejects %s', (_name, payload) => {
    expect(ipcContract['settings:update'].input.safeParse(payload).success).toBe(false);
  });

  it('settings:update accepts a partial patch and keeps absent keys absent', () => {
    expect(ipcContract['settings:update'].input.parse({ theme: 'dark' })).toEqual({ theme: 'dark' });
    expect(ipcContract['settings:update'].input.parse({ lastGuide: null })).toEqual({ lastGuide: null });
    expect(ipcContract['settings:update'].input.parse({})).toEqual({});
  });
});

describe('sender check', () => {
  it.each([
    appPage,
    `${appPage}#/wizard/serverless`,
    'http://localhost:5173/',
    'http://localhost:5173/#/settings',
  ])('trusts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'http://localhost:5174/',
    'http://127.0.0.1:5173/',
    'file:///opt/archtree/out/renderer/other.html',
    'file:///tmp/index.html',
    'file://remote-host/opt/archtree/out/renderer/index.html',
    'data:text/html,<script>1</script>',
    'about:blank',
    'not a url',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('trusts no http origin when there is no dev server', () => {
    const packaged = createAppUrlCheck({ rendererFile });
    expect(packaged(appPage)).toBe(true);
    expect(packaged('http://localhost:5173/')).toBe(false);
  });
});

describe('IPC handlers', () => {
  it('answer an app page with parsed output', async () => {
    const handler = createIpcHandler('settings:get', () => ({ ...defaultSettings }), isAppUrl);
    await expect(handler(frame(appPage), undefined)).resolves.toEqual(defaultSettings);
  });

  it('reject a foreign sender URL without running the implementation', async () => {
    const impl = vi.fn(() => ({ ...defaultSettings }));
    const handler = createIpcHandler('settings:get', impl, isAppUrl);
    await expect(handler(frame('https://evil.example/'), undefined)).rejects.toBeInstanceOf(IpcRejectedError);
    expect(impl).not.toHaveBeenCalled();
  });

  it('reject a sub-frame, even of an app page, and a missing frame', async () => {
    const handler = createIpcHandler('settings:get', () => ({ ...defaultSettings }), isAppUrl);
    await expect(handler(frame(appPage, { url: appPage }), undefined)).rejects.toThrow(/sender/);
    await expect(handler({ senderFrame: null } as never, undefined)).rejects.toThrow(/sender/);
  });

  it('reject a bad payload before the implementation runs', async () => {
    const impl = vi.fn();
    const handler = createIpcHandler('settings:update', impl, isAppUrl);
    await expect(handler(frame(appPage), { theme: 'neon' })).rejects.toThrow(/invalid input/);
    expect(impl).not.toHaveBeenCalled();
  });

  it('reject invalid output from an implementation', async () => {
    const handler = createIpcHandler(
      'settings:get',
      () => ({ ...defaultSettings, theme: 'neon' }) as never,
      isAppUrl,
    );
    await expect(handler(frame(appPage), undefined)).rejects.toThrow(/invalid output/);
  });

  it('createIpcHandlers routes to the settings store', async () => {
    const settings = memorySettings();
    const handlers = createIpcHandlers({ settings, ...unusedSessionDeps() });
    await handlers['settings:update']({ theme: 'dark' });
    expect(settings.update).toHaveBeenCalledWith({ theme: 'dark' });
    await expect(handlers['settings:get'](undefined)).resolves.toMatchObject({ theme: 'dark' });
  });

  it('registerIpcHandlers registers every channel and can remove them', async () => {
    const registered = new Map<string, (event: unknown, raw?: unknown) => Promise<unknown>>();
    const ipcMain = {
      handle: vi.fn((channel: string, fn: (event: unknown, raw?: unknown) => Promise<unknown>) => {
        registered.set(channel, fn);
      }),
      removeHandler: vi.fn((channel: string) => registered.delete(channel)),
    };
    const dispose = registerIpcHandlers(ipcMain as never, createIpcHandlers({ settings: memorySettings(), ...unusedSessionDeps() }), isAppUrl);
    expect([...registered.keys()].sort()).toEqual([...ipcChannels].sort());
    await expect(registered.get('settings:update')!(frame(appPage), { lastGuide: 'serverless-api' })).resolves.toEqual({
      ...defaultSettings,
      lastGuide: 'serverless-api',
    });
    await expect(registered.get('settings:update')!(frame('https://evil.example/'), {})).rejects.toThrow();
    dispose();
    expect(registered.size).toBe(0);
  });
});

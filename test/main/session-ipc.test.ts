import { describe, expect, it, vi } from 'vitest';
import { newSession } from '../../src/core/session/ops';
import type { ExportsApi } from '../../src/core/architecture/export-api';
import type { RehearsalStore } from '../../src/core/rehearsal/store';
import type { SessionStore } from '../../src/core/session/store';
import type { SettingsStore } from '../../src/core/settings/store';
import { createAppUrlCheck, createIpcHandler, createIpcHandlers } from '../../src/main/ipc';
import type { SessionFiles } from '../../src/main/session-files';
import { ipcContract } from '../../src/shared/ipc-contract';
import { loadGuide } from '../helpers/guides';

const session = newSession(loadGuide('messaging'), 'Billing queue', new Date('2025-03-12T14:05:00Z'));
const isAppUrl = createAppUrlCheck({ rendererFile: '/opt/archtree/out/renderer/index.html' });
const appFrame = { senderFrame: { url: 'file:///opt/archtree/out/renderer/index.html', parent: null } } as never;
const evilFrame = { senderFrame: { url: 'https://evil.example/', parent: null } } as never;

describe('session channels in the IPC contract', () => {
  it.each([
    ['an unknown field', { ...session, admin: true }],
    ['a __proto__ key', JSON.parse(`{"__proto__":{"x":1},${JSON.stringify(session).slice(1)}`)],
    ['a huge name', { ...session, name: 'x'.repeat(121) }],
    ['no runs', { ...session, runs: [] }],
    ['a bad id', { ...session, id: '../etc' }],
    ['a path instead of a session', '/home/me/.ssh/id_rsa'],
  ])('sessions:put and sessions:export-file refuse %s', (_name, payload) => {
    expect(ipcContract['sessions:put'].input.safeParse(payload).success).toBe(false);
    expect(ipcContract['sessions:export-file'].input.safeParse(payload).success).toBe(false);
  });

  it('the renderer cannot send a path to import: the channel takes no payload', () => {
    expect(ipcContract['sessions:import-file'].input.safeParse('/etc/passwd').success).toBe(false);
    expect(ipcContract['sessions:import-file'].input.safeParse({ path: '/etc/passwd' }).success).toBe(false);
    expect(ipcContract['sessions:import-file'].input.safeParse(undefined).success).toBe(true);
  });

  it('an import result cannot carry more than 5 MiB of text', () => {
    const text = 'x'.repeat(5 * 1024 * 1024 + 1);
    expect(ipcContract['sessions:import-file'].output.safeParse({ status: 'read', fileName: 'a.json', text }).success).toBe(false);
  });

  it('remove and unarchive take only a session id', () => {
    for (const channel of ['sessions:remove', 'sessions:unarchive'] as const) {
      expect(ipcContract[channel].input.safeParse(session.id).success).toBe(true);
      expect(ipcContract[channel].input.safeParse({ id: session.id }).success).toBe(false);
      expect(ipcContract[channel].input.safeParse('a/b').success).toBe(false);
    }
  });
});

describe('session handlers', () => {
  const deps = () => {
    const sessions = {
      list: vi.fn(async () => ({ sessions: [session], archived: 2, notices: [] })),
      put: vi.fn(async () => ({ archived: 0 })),
      remove: vi.fn(async () => true),
      archive: vi.fn(async () => []),
      unarchive: vi.fn(async () => ({ archived: 1 })),
      dismiss: vi.fn(async () => undefined),
    } satisfies SessionStore;
    const files = { importFile: vi.fn(async () => ({ status: 'cancelled' as const })), exportFile: vi.fn(async () => ({ status: 'saved' as const, fileName: 'a.archtree.json' })) } satisfies SessionFiles;
    return { sessions, files, settings: {} as SettingsStore, rehearsal: {} as RehearsalStore, exports: {} as ExportsApi };
  };

  it('route each channel to the store or to main’s file dialogs', async () => {
    const d = deps();
    const handlers = createIpcHandlers(d);
    await expect(handlers['sessions:list'](undefined)).resolves.toMatchObject({ archived: 2 });
    await handlers['sessions:put'](session);
    expect(d.sessions.put).toHaveBeenCalledWith(session);
    await expect(handlers['sessions:dismiss']('n1')).resolves.toBeUndefined();
    await handlers['sessions:export-file'](session);
    expect(d.files.exportFile).toHaveBeenCalledWith(session);
  });

  it('are refused to a foreign page before anything runs', async () => {
    const d = deps();
    const handler = createIpcHandler('sessions:put', createIpcHandlers(d)['sessions:put'], isAppUrl);
    await expect(handler(evilFrame, session)).rejects.toThrow(/sender/);
    await expect(handler(appFrame, { ...session, extra: 1 })).rejects.toThrow(/invalid input/);
    expect(d.sessions.put).not.toHaveBeenCalled();
    await expect(handler(appFrame, session)).resolves.toEqual({ archived: 0 });
  });
});

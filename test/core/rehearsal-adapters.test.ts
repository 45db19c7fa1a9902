import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyProgress, recordAttempt } from '../../src/core/rehearsal/progress';
import { createRehearsalStore } from '../../src/core/rehearsal/store';
import { electronRehearsalBacking, guardRehearsalFile } from '../../src/main/rehearsal-store';
import { createIpcHandler, createAppUrlCheck } from '../../src/main/ipc';
import { createWebRehearsalStore, REHEARSAL_KEY } from '../../src/renderer/src/platform/web-rehearsal';
import { ipcContract } from '../../src/shared/ipc-contract';

const fixedNow = () => new Date('2026-03-02T09:00:00.000Z');
const progress = recordAttempt(emptyProgress(), {
  scenario: 'msg-ledger-postings-fifo', guide: 'messaging', section: 'messaging-events', picked: 'sqs-fifo',
  outcomeRight: true, deciderRight: true, seconds: 42, mode: 'drill', at: '2026-03-02T09:00:00.000Z',
});

function mapStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('web rehearsal store (localStorage)', () => {
  it('round-trips progress under one versioned key', async () => {
    const storage = mapStorage();
    await createWebRehearsalStore(storage).save(progress);
    expect(JSON.parse(storage.map.get(REHEARSAL_KEY)!)).toMatchObject({ version: 1, attempts: [{ seconds: 42 }] });
    expect(await createWebRehearsalStore(storage).get()).toEqual(progress);
  });

  it.each([
    ['text that is not JSON', '{"version":1,'],
    ['a future version', JSON.stringify({ ...progress, version: 2 })],
  ])('keeps %s aside and starts over with defaults', async (_name, bad) => {
    const storage = mapStorage({ [REHEARSAL_KEY]: bad });
    expect(await createWebRehearsalStore(storage).get()).toEqual(emptyProgress());
    const aside = [...storage.map.keys()].filter((k) => k.startsWith(`${REHEARSAL_KEY}.corrupt-`));
    expect(aside).toHaveLength(1);
    expect(storage.map.get(aside[0]!)).toBe(bad);
    expect(JSON.parse(storage.map.get(REHEARSAL_KEY)!)).toEqual(emptyProgress());
  });
});

describe('desktop rehearsal store (electron-store)', () => {
  it('reads and writes the whole object through the store accessor', async () => {
    const fake = { store: {} as Record<string, unknown> };
    const store = createRehearsalStore(electronRehearsalBacking(fake, undefined, fixedNow));
    expect(await store.get()).toEqual(emptyProgress());
    await store.save(progress);
    expect(fake.store).toEqual(progress);
    expect(await store.get()).toEqual(progress);
  });

  it('writes a schema-invalid value beside the store before defaults replace it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archtree-rehearsal-'));
    const fake = { store: { version: 7, nonsense: true } as Record<string, unknown> };
    const store = createRehearsalStore(electronRehearsalBacking(fake, dir, fixedNow));
    expect(await store.get()).toEqual(emptyProgress());
    const [aside] = readdirSync(dir).filter((f) => f.startsWith('rehearsal.corrupt-'));
    expect(JSON.parse(readFileSync(join(dir, aside!), 'utf8'))).toEqual({ version: 7, nonsense: true });
    expect(fake.store).toEqual(emptyProgress());
  });

  it('moves a file that is not JSON aside before electron-store opens it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archtree-rehearsal-'));
    writeFileSync(join(dir, 'rehearsal.json'), '{ broken');
    const moved = guardRehearsalFile(dir, fixedNow());
    expect(moved).toBe(join(dir, 'rehearsal.corrupt-2026-03-02T09-00-00-000Z.json'));
    expect(readFileSync(moved!, 'utf8')).toBe('{ broken');
    expect(readdirSync(dir)).not.toContain('rehearsal.json');
    // a healthy file is left alone
    writeFileSync(join(dir, 'rehearsal.json'), JSON.stringify(progress));
    expect(guardRehearsalFile(dir, fixedNow())).toBeUndefined();
    expect(readdirSync(dir)).toContain('rehearsal.json');
  });
});

describe('rehearsal IPC channels', () => {
  const isAppUrl = createAppUrlCheck({ rendererFile: '/opt/archtree/out/renderer/index.html' });
  const appFrame = { senderFrame: { url: 'file:///opt/archtree/out/renderer/index.html', parent: null } } as never;

  it('validate the progress both ways', async () => {
    expect(ipcContract['rehearsal:get'].input.safeParse(undefined).success).toBe(true);
    expect(ipcContract['rehearsal:save'].input.safeParse(progress).success).toBe(true);
    expect(ipcContract['rehearsal:save'].input.safeParse({ ...progress, version: 2 }).success).toBe(false);
    expect(ipcContract['rehearsal:save'].input.safeParse({ ...progress, attempts: [{ scenario: 'x' }] }).success).toBe(false);
    const save = createIpcHandler('rehearsal:save', async (p) => p, isAppUrl);
    await expect(save(appFrame, progress)).resolves.toEqual(progress);
    await expect(save(appFrame, { hacked: true })).rejects.toThrow(/invalid input/);
  });
});

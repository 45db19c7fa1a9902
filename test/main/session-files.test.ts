import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSessionFile } from '../../src/core/session/import';
import { newSession } from '../../src/core/session/ops';
import { MAX_IMPORT_BYTES } from '../../src/core/session/safe-json';
import { createSessionFiles, withExportSuffix, type SessionDialogs } from '../../src/main/session-files';
import { loadGuide } from '../helpers/guides';

const messaging = loadGuide('messaging');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'archtree-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const dialogs = (open?: string, save?: string): SessionDialogs => ({ pickOpen: vi.fn(async () => open), pickSave: vi.fn(async () => save) });

describe('desktop import', () => {
  it('reads the file the user picked in main’s dialog', async () => {
    const path = join(dir, 'plan.archtree.json');
    writeFileSync(path, '{"hello":1}');
    await expect(createSessionFiles(dialogs(path)).importFile()).resolves.toEqual({ status: 'read', fileName: 'plan.archtree.json', text: '{"hello":1}' });
  });

  it('refuses a file over 5 MiB from its size alone, before reading it', async () => {
    const path = join(dir, 'huge.archtree.json');
    writeFileSync(path, '');
    truncateSync(path, MAX_IMPORT_BYTES + 1); // sparse: the size is there, the bytes never are
    const result = await createSessionFiles(dialogs(path)).importFile();
    expect(result).toEqual({ status: 'error', message: '“huge.archtree.json” is 5.0 MiB (5,242,881 bytes); a session file can be at most 5 MiB, so it was not read.' });
  });

  it('names a folder, a vanished file and a cancelled dialog for what they are', async () => {
    mkdirSync(join(dir, 'folder.json'));
    await expect(createSessionFiles(dialogs(join(dir, 'folder.json'))).importFile()).resolves.toEqual({ status: 'error', message: '“folder.json” is not a file.' });
    await expect(createSessionFiles(dialogs(join(dir, 'gone.json'))).importFile()).resolves.toEqual({ status: 'error', message: '“gone.json” could not be read (ENOENT).' });
    await expect(createSessionFiles(dialogs(undefined)).importFile()).resolves.toEqual({ status: 'cancelled' });
  });
});

describe('desktop export', () => {
  const session = newSession(messaging, 'Billing queue', new Date('2025-03-12T14:05:00Z'));

  it('suggests a safe name, writes atomically where the user chose, and the file imports back', async () => {
    const d = dialogs(undefined, join(dir, 'mine'));
    await expect(createSessionFiles(d).exportFile(session)).resolves.toEqual({ status: 'saved', fileName: 'mine.archtree.json' });
    expect(d.pickSave).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: 'billing-queue.archtree.json' }));
    expect(readdirSync(dir)).toEqual(['mine.archtree.json']);
    const back = parseSessionFile(readFileSync(join(dir, 'mine.archtree.json'), 'utf8'), [messaging]);
    expect(back).toEqual({ ok: true, from: 2, session });
  });

  it('reports a failed write, and a cancelled dialog writes nothing', async () => {
    const failed = await createSessionFiles(dialogs(undefined, join(dir, 'no', 'such', 'x.json'))).exportFile(session);
    expect(failed).toEqual({ status: 'error', message: '“x.json” could not be written (ENOENT); nothing was changed.' });
    await expect(createSessionFiles(dialogs()).exportFile(session)).resolves.toEqual({ status: 'cancelled' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('adds .archtree.json unless the name already ends in .json', () => {
    expect(withExportSuffix('/a/plan')).toBe('/a/plan.archtree.json');
    expect(withExportSuffix('/a/plan.JSON')).toBe('/a/plan.JSON');
  });
});

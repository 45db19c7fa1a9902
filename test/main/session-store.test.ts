import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newSession } from '../../src/core/session/ops';
import { atomicWriteFileSync, removeStrayTempFiles } from '../../src/main/atomic-write';
import { openSessionStore, SESSION_FILES } from '../../src/main/session-store';
import { guardSettingsFile } from '../../src/main/settings-guard';
import { loadGuide } from '../helpers/guides';

const fixture = (name: string) => new URL(`../fixtures/store/${name}`, import.meta.url).pathname;
const messaging = loadGuide('messaging');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'archtree-sessions-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('session files in the userData folder', () => {
  it('saves to sessions.json and a new store (the next start) reads it back', async () => {
    const s = newSession(messaging, 'Billing queue', new Date());
    await openSessionStore({ dir }).put(s);
    expect(JSON.parse(readFileSync(join(dir, 'sessions.json'), 'utf8'))).toMatchObject({ version: 2, sessions: [{ id: s.id }] });
    expect((await openSessionStore({ dir }).list()).sessions).toEqual([s]);
  });

  it.each(['empty.json', 'truncated.json', 'invalid.json', 'schema-violation.json'])(
    'a corrupt %s is moved aside as sessions.corrupt-<timestamp>.json and the app starts with no sessions',
    async (name) => {
      copyFileSync(fixture(name), join(dir, SESSION_FILES.sessions));
      const store = openSessionStore({ dir });
      const listing = await store.list();
      expect(listing.sessions).toEqual([]);
      const aside = readdirSync(dir).filter((f) => /^sessions\.corrupt-\d{4}-\d\d-\d\dT[\d-]+Z\.json$/.test(f));
      expect(aside).toHaveLength(1);
      expect(readFileSync(join(dir, aside[0]!), 'utf8')).toBe(readFileSync(fixture(name), 'utf8'));
      expect(existsSync(join(dir, 'sessions.json'))).toBe(false);
      expect(listing.notices).toHaveLength(1);
      expect(listing.notices[0]!.message).toContain(join(dir, aside[0]!));
      // and the app carries on: a save works and the moved file is not touched again
      await store.put(newSession(messaging, 'After', new Date()));
      expect((await openSessionStore({ dir }).list()).sessions.map((s) => s.name)).toEqual(['After']);
      expect(readdirSync(dir).filter((f) => f.includes('.corrupt-'))).toEqual(aside);
    },
  );

  it('a format-1 file is read; a newer one is left byte-for-byte untouched', async () => {
    copyFileSync(fixture('v1.json'), join(dir, SESSION_FILES.sessions));
    expect((await openSessionStore({ dir }).list()).sessions.map((s) => s.id)).toEqual(['fixture-1']);

    copyFileSync(fixture('newer.json'), join(dir, SESSION_FILES.sessions));
    const store = openSessionStore({ dir });
    await store.put(newSession(messaging, 'In memory', new Date()));
    expect((await store.list()).notices[0]!.message).toMatch(/newer Archtree.*left untouched/);
    expect(readFileSync(join(dir, SESSION_FILES.sessions), 'utf8')).toBe(readFileSync(fixture('newer.json'), 'utf8'));
  });

  it('temp files a killed writer left are removed at start; other files are not', async () => {
    writeFileSync(join(dir, 'sessions.json.tmp-123-abc'), '{"version":2,"sess');
    writeFileSync(join(dir, 'sessions-archive.json.tmp-9-ff'), '');
    writeFileSync(join(dir, 'sessions.corrupt-2025.json'), 'x');
    writeFileSync(join(dir, 'notes.tmp-1'), 'x');
    openSessionStore({ dir });
    expect(readdirSync(dir).sort()).toEqual(['notes.tmp-1', 'sessions.corrupt-2025.json']);
  });
});

describe('atomic writes', () => {
  it('replace the whole file and leave no temp file', () => {
    const path = join(dir, 'f.json');
    atomicWriteFileSync(path, 'one');
    atomicWriteFileSync(path, 'two ✓');
    expect(readFileSync(path, 'utf8')).toBe('two ✓');
    expect(readdirSync(dir)).toEqual(['f.json']);
  });

  it('a failed write keeps the old file and cleans its temp file', () => {
    const path = join(dir, 'missing-folder', 'f.json');
    expect(() => atomicWriteFileSync(path, 'x')).toThrow(/ENOENT/);
    expect(removeStrayTempFiles(dir, ['f.json'])).toEqual([]);
  });
});

describe('settings.json guard (electron-store opens it with clearInvalidConfig off)', () => {
  const write = (text: string) => writeFileSync(join(dir, 'settings.json'), text);

  it.each([
    ['empty', ''],
    ['truncated', '{"version":1,"theme":"da'],
    ['invalid JSON', 'theme=dark'],
    ['a schema violation', '{"version":1,"theme":"neon"}'],
  ])('%s settings are moved aside with a notice saying where', (_name, text) => {
    write(text);
    const notice = guardSettingsFile(dir, new Date('2025-03-12T14:05:00.000Z'));
    const aside = join(dir, 'settings.corrupt-2025-03-12T14-05-00-000Z.json');
    expect(notice?.message).toMatch(/^Your settings could not be read: the file .+ It was moved aside to .+, and Archtree started with the default settings\.$/);
    expect(notice?.message).toContain(aside);
    expect(readFileSync(aside, 'utf8')).toBe(text);
    expect(existsSync(join(dir, 'settings.json'))).toBe(false);
  });

  it('leaves valid settings, conf’s empty store and a missing file alone; sweeps conf’s temp files', () => {
    write('{"version":1,"theme":"dark","lastGuide":null}');
    writeFileSync(join(dir, 'settings.json.tmp-17418883001a2b3c'), '{');
    expect(guardSettingsFile(dir)).toBeUndefined();
    write('{}');
    expect(guardSettingsFile(dir)).toBeUndefined();
    rmSync(join(dir, 'settings.json'));
    expect(guardSettingsFile(dir)).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
  });
});

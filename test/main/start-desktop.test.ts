import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import {
  MISSING_ELECTRON_MESSAGE,
  canRunElectron,
  explainMissingElectron,
  findElectronBinary,
} from '../../scripts/electron-binary.mjs';

const fakeFs = (files: Record<string, string>, executables: string[]) => ({
  readText: (path: string) => {
    if (!(path in files)) throw new Error(`ENOENT ${path}`);
    return files[path]!;
  },
  isExecutableFile: (path: string) => executables.includes(path),
});

describe('findElectronBinary', () => {
  const dir = '/repo/node_modules/electron';

  it('is null when path.txt is missing (electron installed without its binary)', () => {
    expect(findElectronBinary({ env: {}, electronDir: dir, fs: fakeFs({}, []) })).toBeNull();
  });

  it('is null when path.txt names a file that is not there or not executable', () => {
    const fs = fakeFs({ [join(dir, 'path.txt')]: 'electron' }, []);
    expect(findElectronBinary({ env: {}, electronDir: dir, fs })).toBeNull();
  });

  it('is null when the electron package itself is absent', () => {
    expect(findElectronBinary({ env: {}, electronDir: null, fs: fakeFs({}, []) })).toBeNull();
  });

  it('finds dist/<path.txt> when it is executable', () => {
    const binary = join(dir, 'dist', 'electron');
    const fs = fakeFs({ [join(dir, 'path.txt')]: 'electron\n' }, [binary]);
    expect(findElectronBinary({ env: {}, electronDir: dir, fs })).toBe(binary);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like require("electron") does', () => {
    const fs = fakeFs({}, ['/opt/electron/electron']);
    expect(findElectronBinary({ env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, electronDir: dir, fs })).toBe(
      '/opt/electron/electron',
    );
  });
});

describe('missing-binary branch', () => {
  it('prints exactly the one line and returns exit code 1', () => {
    const lines: string[] = [];
    expect(explainMissingElectron((line) => lines.push(line))).toBe(1);
    expect(lines).toEqual([
      'Archtree desktop needs the Electron binary, which is not installed on this machine; run `npm run web` to use Archtree in your browser.',
    ]);
    expect(MISSING_ELECTRON_MESSAGE).toBe(lines[0]);
  });

  it('treats a binary that fails to start as missing', () => {
    expect(canRunElectron('/x/electron', vi.fn(() => ({ status: null, error: new Error('ENOENT') })))).toBe(false);
    expect(canRunElectron('/x/electron', vi.fn(() => ({ status: 127 })))).toBe(false);
    expect(canRunElectron('/x/electron', vi.fn(() => ({ status: 0 })))).toBe(true);
  });

  it('npm start prints only that line and exits 1 when no binary is found', () => {
    const empty = mkdtempSync(join(tmpdir(), 'archtree-no-electron-'));
    try {
      const script = fileURLToPath(new URL('../../scripts/start-desktop.mjs', import.meta.url));
      const result = spawnSync(process.execPath, [script], {
        encoding: 'utf8',
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
        timeout: 15000,
      });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`${MISSING_ELECTRON_MESSAGE}\n`);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

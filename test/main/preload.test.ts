import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => 'reply') },
}));
vi.mock('electron', () => electron);

describe('preload bridge', () => {
  it('exposes window.archtree with named functions only', async () => {
    await import('../../src/preload/index');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, any];
    expect(name).toBe('archtree');
    expect(Object.keys(api).sort()).toEqual(['exports', 'platform', 'rehearsal', 'sessions', 'settings']);
    expect(Object.keys(api.exports).sort()).toEqual(['copyPng', 'copyText', 'save']);
    expect(Object.keys(api.rehearsal).sort()).toEqual(['get', 'save']);
    expect(api.platform).toBe('electron');
    expect(Object.keys(api.settings).sort()).toEqual(['get', 'update']);
    expect(Object.keys(api.sessions).sort()).toEqual(['archive', 'dismiss', 'exportFile', 'importFile', 'list', 'put', 'remove', 'unarchive']);
    expect(Object.isFrozen(api) && Object.isFrozen(api.exports) && Object.isFrozen(api.settings) && Object.isFrozen(api.sessions)).toBe(true);
    expect(JSON.stringify(api)).not.toMatch(/invoke|ipcRenderer/);

    await expect(api.settings.get()).resolves.toBe('reply');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('settings:get', undefined);
    await api.settings.update({ theme: 'dark' });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('settings:update', { theme: 'dark' });
  });

  // A sandboxed preload can require() only 'electron': every other import must be type-only,
  // so the bundle stays one CommonJS file (out/preload/index.cjs).
  it('imports nothing but electron at runtime', () => {
    const source = readFileSync(new URL('../../src/preload/index.ts', import.meta.url), 'utf8');
    const runtimeImports = [...source.matchAll(/^import\s+(?!type\b)[\s\S]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
    expect(runtimeImports).toEqual(['electron']);
    expect(source).not.toMatch(/\b(?:require|import)\s*\(\s*['"`]/);
  });
});

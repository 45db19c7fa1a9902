import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { assertLocalDevServerUrl, buildWebPreferences, createMainWindow } from '../../src/main/window';

describe('buildWebPreferences', () => {
  const prefs = buildWebPreferences('/app/out/preload/index.cjs');

  it('keeps every security default on', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
    });
  });

  it('enables no Blink features and sets nothing else that weakens the renderer', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(Object.keys(prefs).sort()).toMatchInlineSnapshot(`
      [
        "allowRunningInsecureContent",
        "contextIsolation",
        "disableBlinkFeatures",
        "experimentalFeatures",
        "navigateOnDragDrop",
        "nodeIntegration",
        "nodeIntegrationInSubFrames",
        "nodeIntegrationInWorker",
        "preload",
        "safeDialogs",
        "sandbox",
        "spellcheck",
        "webSecurity",
        "webviewTag",
      ]
    `);
  });
});

describe('createMainWindow', () => {
  function fakeBrowserWindow() {
    const created: FakeWindow[] = [];
    class FakeWindow {
      loadedUrl?: string;
      loadedFile?: string;
      constructor(public options: Electron.BrowserWindowConstructorOptions) {
        created.push(this);
      }
      once = vi.fn();
      show = vi.fn();
      loadURL = vi.fn(async (url: string) => void (this.loadedUrl = url));
      loadFile = vi.fn(async (file: string) => void (this.loadedFile = file));
    }
    return { created, BrowserWindow: FakeWindow as unknown as typeof BrowserWindow };
  }

  it('passes buildWebPreferences unchanged and loads the built page', () => {
    const { created, BrowserWindow } = fakeBrowserWindow();
    createMainWindow({ BrowserWindow, preloadPath: '/p.cjs', source: { kind: 'file', path: '/r/index.html' } });
    expect(created).toHaveLength(1);
    expect(created[0]!.options.webPreferences).toEqual(buildWebPreferences('/p.cjs'));
    expect(created[0]!.options.show).toBe(false);
    expect(created[0]!.loadedFile).toBe('/r/index.html');
  });

  it('loads a local dev server, and refuses a remote one', () => {
    const { created, BrowserWindow } = fakeBrowserWindow();
    createMainWindow({ BrowserWindow, preloadPath: '/p.cjs', source: { kind: 'url', url: 'http://localhost:5173' } });
    expect(created[0]!.loadedUrl).toBe('http://localhost:5173/');
    expect(() =>
      createMainWindow({ BrowserWindow, preloadPath: '/p.cjs', source: { kind: 'url', url: 'https://example.com' } }),
    ).toThrow(/non-local/);
  });
});

describe('assertLocalDevServerUrl', () => {
  it.each(['http://localhost:5173', 'http://127.0.0.1:5173/', 'http://[::1]:5173'])('accepts %s', (url) => {
    expect(() => assertLocalDevServerUrl(url)).not.toThrow();
  });
  it.each(['https://evil.example', 'http://localhost.evil.example', 'file:///etc/passwd', 'javascript:alert(1)'])(
    'rejects %s',
    (url) => {
      expect(() => assertLocalDevServerUrl(url)).toThrow();
    },
  );
});

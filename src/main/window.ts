import type { BrowserWindow as BrowserWindowClass, WebPreferences } from 'electron';

/** Where the window's page comes from: the built file, or the local dev server. */
export type RendererSource =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'url'; readonly url: string };

/**
 * The only webPreferences any Archtree window gets. Pure, so the test can assert every
 * field; `createMainWindow` below passes it unchanged.
 */
export function buildWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
    safeDialogs: true,
    spellcheck: false,
  };
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The dev server must be local http(s); Archtree never loads remote content. */
export function assertLocalDevServerUrl(url: string): URL {
  const parsed = new URL(url);
  if (!['http:', 'https:'].includes(parsed.protocol) || !loopbackHosts.has(parsed.hostname)) {
    throw new Error(`Refusing to load a non-local renderer URL: ${parsed.origin}`);
  }
  return parsed;
}

export interface MainWindowDeps {
  /** Electron's BrowserWindow class (injected so this module stays testable in Node). */
  readonly BrowserWindow: typeof BrowserWindowClass;
  readonly preloadPath: string;
  readonly source: RendererSource;
}

/** The one window factory. Navigation/window.open/permissions are denied in ./security. */
export function createMainWindow({ BrowserWindow, preloadPath, source }: MainWindowDeps): BrowserWindowClass {
  const options = {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Archtree',
    webPreferences: buildWebPreferences(preloadPath),
  };
  // The static scanner cannot see through buildWebPreferences(); the suppression below is
  // listed with its reason in scripts/electronegativity.mjs and backed by test/main/window.test.ts.
  const win = new BrowserWindow(options); /* eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK */
  win.once('ready-to-show', () => win.show());
  if (source.kind === 'url') {
    void win.loadURL(assertLocalDevServerUrl(source.url).href);
  } else {
    void win.loadFile(source.path);
  }
  return win;
}

import { app, BrowserWindow, ipcMain, session } from 'electron';
import { fileURLToPath } from 'node:url';
import { createAppUrlCheck, createIpcHandlers, registerIpcHandlers } from './ipc';
import { buildContentSecurityPolicy, hardenSession, hardenWebContents } from './security';
import { openSettingsStore } from './settings-store';
import { createMainWindow, type RendererSource } from './window';

// Filled in by electron.vite.config.ts: the hash of @vitejs/plugin-react's inline dev
// preamble, allowed by the CSP only when the page comes from the local dev server.
declare const __ARCHTREE_DEV_SCRIPT_HASHES__: readonly string[] | undefined;

const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererFile = fileURLToPath(new URL('../renderer/index.html', import.meta.url));
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const source: RendererSource = devServerUrl ? { kind: 'url', url: devServerUrl } : { kind: 'file', path: rendererFile };
const devScriptHashes =
  devServerUrl && typeof __ARCHTREE_DEV_SCRIPT_HASHES__ !== 'undefined' ? __ARCHTREE_DEV_SCRIPT_HASHES__ : [];

// Every renderer is sandboxed, whatever options a future window passes.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  // Deny navigation, window.open and <webview> on every WebContents, including future ones.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession, buildContentSecurityPolicy({ scriptHashes: devScriptHashes }));
    const settings = await openSettingsStore();
    const isAppUrl = createAppUrlCheck({ rendererFile, devServerUrl });
    registerIpcHandlers(ipcMain, createIpcHandlers({ settings }), isAppUrl);

    const open = () => createMainWindow({ BrowserWindow, preloadPath, source });
    open();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) open();
    });
  });
}

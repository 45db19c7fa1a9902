import { app, BrowserWindow, clipboard, ClipboardItem, dialog, ipcMain, session } from 'electron';
import { fileURLToPath } from 'node:url';
import { createClipboardBridge, createExportFiles } from './export-files';
import { createAppUrlCheck, createIpcHandlers, registerIpcHandlers } from './ipc';
import { buildContentSecurityPolicy, hardenSession, hardenWebContents } from './security';
import { createSessionFiles } from './session-files';
import { openRehearsalStore } from './rehearsal-store';
import { openSessionStore } from './session-store';
import { guardSettingsFile } from './settings-guard';
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
    const userData = app.getPath('userData');
    // Damaged store files are moved aside (and the banner says where) before anything reads them.
    const settingsNotice = guardSettingsFile(userData);
    const settings = await openSettingsStore({ cwd: userData });
    const sessions = openSessionStore({ dir: userData, notices: settingsNotice ? [settingsNotice] : [] });
    const files = createSessionFiles(electronDialogs());
    const rehearsal = await openRehearsalStore({ cwd: userData });
    const exports = {
      ...createExportFiles(electronDialogs()),
      ...createClipboardBridge({
        writeText: (text) => clipboard.writeText(text),
        writePng: (png) => clipboard.write([new ClipboardItem({ 'image/png': new Blob([new Uint8Array(png)], { type: 'image/png' }) })]),
      }),
    };
    const isAppUrl = createAppUrlCheck({ rendererFile, devServerUrl });
    registerIpcHandlers(ipcMain, createIpcHandlers({ settings, sessions, files, rehearsal, exports }), isAppUrl);

    const open = () => createMainWindow({ BrowserWindow, preloadPath, source });
    open();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) open();
    });
  });
}

/** Dialogs attached to the app window, so they are modal to it. */
function electronDialogs() {
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  return {
    async pickOpen(options: Electron.OpenDialogOptions) {
      const win = parent();
      const result = await (win ? dialog.showOpenDialog(win, { ...options, properties: ['openFile'] }) : dialog.showOpenDialog({ ...options, properties: ['openFile'] }));
      return result.canceled ? undefined : result.filePaths[0];
    },
    async pickSave(options: Electron.SaveDialogOptions) {
      const win = parent();
      const result = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
      return result.canceled ? undefined : result.filePath;
    },
  };
}

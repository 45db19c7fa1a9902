import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { canRunElectron, findElectronBinary } from '../../scripts/electron-binary.mjs';

// Resolves the binary the way require('electron') does (path.txt / ELECTRON_OVERRIDE_DIST_PATH)
// without requiring it: in Node, require('electron') starts a download when the binary is missing.
const binary = findElectronBinary();
const runnable = binary !== null && canRunElectron(binary);
const mainEntry = fileURLToPath(new URL('../../out/main/index.js', import.meta.url));

test.describe('Electron shell', () => {
  test.skip(
    !runnable,
    'No Electron binary on this machine (it cannot be downloaded here); the renderer is tested in Chromium via the web build instead.',
  );

  test('opens one secure window with the named bridge', async () => {
    const app = await electron.launch({ executablePath: binary!, args: [mainEntry] });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveTitle(/Archtree/);

      const bridge = await page.evaluate(() => ({
        platform: window.archtree?.platform,
        keys: Object.keys(window.archtree?.settings ?? {}).sort(),
        node: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      }));
      expect(bridge).toEqual({ platform: 'electron', keys: ['get', 'update'], node: 'undefined', process: 'undefined' });

      const settings = await page.evaluate(() => window.archtree!.settings.get());
      expect(settings.version).toBe(1);
      await expect(page.evaluate(() => window.archtree!.settings.update({ theme: 'neon' } as never))).rejects.toThrow();

      // CSP: no eval.
      const evalBlocked = await page.evaluate(() => {
        try {
          return (0, eval)('1') !== 1;
        } catch {
          return true;
        }
      });
      expect(evalBlocked).toBe(true);

      // window.open is denied.
      expect(await page.evaluate(() => window.open('https://example.com') === null)).toBe(true);
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});

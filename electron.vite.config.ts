import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { prebuiltLibrary } from './scripts/vite-prebuilt-library';
import { cspDevAllowances, LIBRARY_CHUNK } from './vite.web.config';

/*
 * main     → out/main/index.js     ESM (package.json "type": "module"; Electron ≥ 28 loads an
 *                                  ESM main). Dependencies stay external and load from
 *                                  node_modules, so ESM-only electron-store 12 is imported as is.
 * preload  → out/preload/index.cjs ONE CommonJS file with everything bundled: a sandboxed
 *                                  preload can require() nothing but 'electron'.
 * renderer → out/renderer          root src/renderer, entry src/renderer/index.html.
 *
 * CSP: main sends the policy from src/main/security.ts as a response header on every
 * session response; index.html repeats it as a meta tag for file:// loads.
 */

const here = fileURLToPath(new URL('.', import.meta.url));
const at = (path: string) => resolve(here, path);

/** Hash of the inline React Refresh preamble the dev server injects; main's dev-only CSP header allows it. */
const devPreambleHash = `'sha256-${createHash('sha256')
  .update(react.preambleCode.replace('__BASE__', '/'))
  .digest('base64')}'`;

export default defineConfig({
  main: {
    define: { __ARCHTREE_DEV_SCRIPT_HASHES__: JSON.stringify([devPreambleHash]) },
    build: {
      outDir: at('out/main'),
      rolldownOptions: {
        input: { index: at('src/main/index.ts') },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: at('out/preload'),
      // Bundle every import into the one file; only 'electron' (and Node builtins, which the
      // preload does not use) stay external.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: at('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: at('src/renderer'),
    // index.html carries the same CSP as a meta tag (test/main/security.test.ts keeps the two
    // in step); cspDevAllowances() adds the dev server's inline preamble hash while serving.
    plugins: [react(), cspDevAllowances(), prebuiltLibrary(at('decision-trees'))],
    // Same as vite.web.config.ts: module workers (ELK layout), shared public dir.
    publicDir: at('src/renderer/public'),
    worker: { format: 'es' },
    build: {
      outDir: at('out/renderer'),
      chunkSizeWarningLimit: 2500,
      rolldownOptions: {
        input: { index: at('src/renderer/index.html') },
        output: { codeSplitting: LIBRARY_CHUNK },
      },
    },
  },
});

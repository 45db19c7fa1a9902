import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { prebuiltLibrary } from './scripts/vite-prebuilt-library';

/*
 * The renderer as a plain web page: same root and entry as electron-vite's renderer
 * (src/renderer/index.html), built to dist-web with relative URLs so it can be hosted from
 * any folder, or opened by Playwright through `vite preview`.
 */

const here = fileURLToPath(new URL('.', import.meta.url));
const at = (path: string) => resolve(here, path);

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Dev server only. index.html carries a strict CSP meta tag (script-src 'self'), but the dev
 * server injects one inline module script (the React Refresh preamble) and talks to its HMR
 * websocket. This adds exactly those to the meta policy while serving; builds are untouched.
 * Exported so the Electron renderer config can reuse it for `electron-vite dev`.
 */
export function cspDevAllowances(): Plugin {
  return {
    name: 'archtree:csp-dev-allowances',
    apply: 'serve',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
          .filter((m) => !/\bsrc=/.test(m[0].slice(0, m[0].indexOf('>'))) && m[1]!.trim() !== '')
          .map((m) => sha256(m[1]!));
        return html.replace(/(http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/, (_all, head: string, policy: string) => {
          const patched = policy
            .replace(/script-src 'self'/, `script-src 'self' ${inline.join(' ')}`.trimEnd())
            .replace(/connect-src 'self'/, "connect-src 'self' ws: wss:");
          return `${head}${patched}"`;
        });
      },
    },
  };
}

/**
 * The build-time library (scripts/vite-prebuilt-library.ts) in a chunk of its own: the page
 * imports it once the first screen is up (src/renderer/src/library/lazy-library.ts), so no
 * other chunk may absorb it.
 */
export const LIBRARY_CHUNK = { groups: [{ name: 'library', test: /virtual:archtree\/library$/ }] };

export default defineConfig({
  root: at('src/renderer'),
  base: './',
  publicDir: at('src/renderer/public'),
  plugins: [react(), cspDevAllowances(), prebuiltLibrary(at('decision-trees'))],
  worker: { format: 'es' },
  build: {
    outDir: at('dist-web'),
    emptyOutDir: true,
    // ELK (layout worker), the per-guide layout tables and the library (~2.6 MB, 440 KB gzip)
    // are big but never on the first screen.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: { output: { codeSplitting: LIBRARY_CHUNK } },
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
});

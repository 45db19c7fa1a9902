// Builds the command-line tool: src/cli → out/cli/*.mjs, plain JavaScript that Node runs
// without compiling anything at start-up. Runs as the package's `prepare` script, so
// `npm ci` / `npm install` in a clone leaves a working `archtree` behind.
//
// Rolldown (vite's own bundler, already installed with vite) bundles our sources and zod into
// one chunk per command; the heavy runtime packages stay external and load from node_modules
// only when a command imports them: elkjs (export), @resvg/resvg-js (a native addon: PNG, PDF)
// and pdfkit (PDF, reads its font metrics from its own folder).
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}out/cli`;

/** Left to Node's resolver at run time; everything else (our code, zod) is bundled. */
const EXTERNAL = [/^node:/, /^elkjs(\/|$)/, /^@resvg\/resvg-js(\/|$)/, /^pdfkit(\/|$)/, /^@fontsource\//, /^@cloud-copilot\/iam-data(\/|$)/];

rmSync(outDir, { recursive: true, force: true });
const started = performance.now();
await build({
  input: { main: `${root}src/cli/main.ts` },
  platform: 'node',
  external: EXTERNAL,
  logLevel: 'warn',
  output: {
    dir: outDir,
    format: 'esm',
    // Flat folder: src/node/read-trees.ts finds decision-trees/ at ../../ from the chunk.
    entryFileNames: '[name].mjs',
    chunkFileNames: '[name]-[hash].mjs',
    minify: false,
    sourcemap: false,
  },
});
// --quiet: `npm run archtree` rebuilds before each run and its stdout is the command's.
if (!process.argv.includes('--quiet')) console.log(`archtree CLI built to out/cli in ${Math.round(performance.now() - started)} ms`);

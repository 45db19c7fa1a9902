// Builds the command-line tool: src/cli → out/cli/*.mjs, plain JavaScript that Node runs
// without compiling anything at start-up. Runs as the package's `prepare` script, so
// `npm ci` / `npm install` in a clone leaves a working `archtree` behind.
//
// Rolldown (vite's own bundler, already installed with vite) bundles our sources and zod into
// one chunk per command; the heavy runtime packages stay external and load from node_modules
// only when a command imports them: elkjs (export), @resvg/resvg-js (a native addon: PNG, PDF)
// and pdfkit (PDF, reads its font metrics from its own folder).
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}out/cli`;

/** Left to Node's resolver at run time; everything else (our code, zod) is bundled. */
const EXTERNAL = [/^node:/, /^elkjs(\/|$)/, /^@resvg\/resvg-js(\/|$)/, /^pdfkit(\/|$)/, /^@cloud-copilot\/iam-data(\/|$)/];

rmSync(outDir, { recursive: true, force: true });
const started = performance.now();
await build({
  // layout-tables: also run below, to lay out every single-guide diagram for the CLI's exports.
  input: { main: `${root}src/cli/main.ts`, 'layout-tables': `${root}src/node/layout-tables.ts`, 'prebuilt-library': `${root}src/node/prebuilt-library.ts`, 'read-trees': `${root}src/node/read-trees.ts` },
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
// Every distinct single-guide diagram, laid out once by ELK (cached in node_modules/.cache
// until the guides or the layout code change), so `archtree export` of one guide skips ELK.
const { guideLayoutTables } = await import(`${outDir}/layout-tables.mjs`);
writeFileSync(`${outDir}/layouts.json`, JSON.stringify(await guideLayoutTables(root)));

// The default guides validated and linted once (used while they stay unchanged, see src/node/prebuilt-library.ts).
const { readTrees } = await import(`${outDir}/read-trees.mjs`);
(await import(`${outDir}/prebuilt-library.mjs`)).writePrebuiltLibrary(readTrees());

// --quiet: `npm run archtree` rebuilds before each run and its stdout is the command's.
if (!process.argv.includes('--quiet')) console.log(`archtree CLI built to out/cli in ${Math.round(performance.now() - started)} ms`);

#!/usr/bin/env node
// The archtree CLI, as built by scripts/build-cli.mjs (`npm ci` runs it through `prepare`):
// plain JavaScript, nothing compiled at start-up, each command loaded only when it runs.
let cli;
try {
  cli = await import('../out/cli/main.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('out/cli/main.mjs')) throw error;
  process.stderr.write('archtree: the CLI is not built yet; run `npm run build:cli` (npm ci does it) in the archtree folder\n');
  process.exit(70);
}
await cli.bootstrap(process.argv.slice(2));

// Run first by `npm run test:e2e`: make sure a Chromium exists before any browser test starts,
// so `npm test` works on a machine that has only Node and npm.
//   1. one already here ($ARCHTREE_CHROMIUM, /usr/bin/chromium, Playwright's download): done;
//   2. Playwright's own Chromium, downloaded by `playwright install` (with its system
//      libraries through apt when we are root);
//   3. Debian's `chromium` through apt-get, when we are root and apt can reach its mirror;
//   4. otherwise one line saying what to install, and exit 1.
// --dry-run prints the step it would take without installing anything.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { findChromium } from './browser.mjs';

const dryRun = process.argv.includes('--dry-run');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const say = (line) => console.log(`provision-browser: ${line}`);

/** Run a command with inherited output; true on exit 0. Nothing runs in a dry run. */
function run(command, args, options = {}) {
  say(`${dryRun ? 'would run' : 'running'}: ${command} ${args.join(' ')}`);
  if (dryRun) return false;
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status === 0;
}

function playwrightCli() {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('playwright-core/package.json')), 'cli.js');
  } catch {
    return null;
  }
}

function viaPlaywright() {
  const cli = playwrightCli();
  if (!cli || !existsSync(cli)) return false;
  // A blocked download host fails fast enough; the timeout is for a hanging one.
  const env = { ...process.env, PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: process.env.PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT ?? '20000' };
  return run(process.execPath, [cli, 'install', ...(isRoot && hasApt() ? ['--with-deps'] : []), 'chromium'], { env, timeout: 600_000 });
}

function hasApt() {
  return spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

function viaApt() {
  if (!isRoot || !hasApt()) return false;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return run('apt-get', ['update', '-qq'], { env, timeout: 600_000 }) &&
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-liberation'], { env, timeout: 1_200_000 });
}

const found = findChromium();
if (found) {
  say(`using ${found.path} (${found.source})`);
  process.exit(0);
}
if (process.env.ARCHTREE_CHROMIUM) {
  console.error(`provision-browser: ARCHTREE_CHROMIUM=${process.env.ARCHTREE_CHROMIUM} does not exist; point it at a Chromium binary or unset it`);
  process.exit(1);
}
say('no Chromium found; installing one for the end-to-end tests');
if ((viaPlaywright() || viaApt()) && findChromium()) {
  say(`using ${findChromium().path}`);
  process.exit(0);
}
if (dryRun) process.exit(0);
console.error('provision-browser: no Chromium for the end-to-end tests and none could be installed: install Debian\'s `chromium` (sudo apt-get install chromium), or run `npx playwright install --with-deps chromium` where its download host is reachable, or set ARCHTREE_CHROMIUM to a Chromium binary');
process.exit(1);

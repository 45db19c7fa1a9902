// Finds the Electron executable the way require('electron') does (node_modules/electron/
// path.txt, or ELECTRON_OVERRIDE_DIST_PATH) WITHOUT requiring it: requiring 'electron'
// from Node starts a download when the binary is missing, which cannot work here.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const MISSING_ELECTRON_MESSAGE =
  'Archtree desktop needs the Electron binary, which is not installed on this machine; run `npm run web` to use Archtree in your browser.';

const defaultFs = {
  readText: (path) => readFileSync(path, 'utf8'),
  isExecutableFile: (path) => {
    try {
      if (!statSync(path).isFile()) return false;
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
};

function defaultElectronDir() {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * @returns the absolute path of a runnable Electron executable, or null.
 */
export function findElectronBinary({
  env = process.env,
  electronDir = defaultElectronDir(),
  fs = defaultFs,
} = {}) {
  if (!electronDir) return null;
  let relative = '';
  try {
    relative = fs.readText(join(electronDir, 'path.txt')).trim();
  } catch {
    relative = '';
  }
  let candidate;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    candidate = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
  } else if (relative) {
    candidate = join(electronDir, 'dist', relative);
  } else {
    return null;
  }
  return fs.isExecutableFile(candidate) ? candidate : null;
}

/**
 * A binary can exist and still not run (missing shared libraries, wrong architecture).
 * Runs it once as plain Node (`ELECTRON_RUN_AS_NODE`) to ask for its version.
 */
export function canRunElectron(binary, run = spawnSync) {
  const result = run(binary, ['--version'], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    stdio: 'ignore',
    timeout: 15000,
  });
  return !result.error && result.status === 0;
}

/** Prints the one-line explanation (no stack trace) and returns the exit code. */
export function explainMissingElectron(writeLine = (line) => process.stderr.write(`${line}\n`)) {
  writeLine(MISSING_ELECTRON_MESSAGE);
  return 1;
}

// npm start: build with electron-vite, then launch Electron on out/main/index.js.
// Without a runnable Electron binary, print one line pointing at `npm run web` and exit 1.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canRunElectron, explainMissingElectron, findElectronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronVite = join(
  dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')),
  'bin',
  'electron-vite.js',
);

function run(command, args, options) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.once('error', (error) => resolve({ code: null, error }));
    child.once('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), error: null }));
  });
}

async function main() {
  const electron = findElectronBinary();
  if (!electron || !canRunElectron(electron)) return explainMissingElectron();

  const build = await run(process.execPath, [electronVite, 'build']);
  if (build.error || build.code !== 0) return build.code || 1;

  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const app = await run(electron, ['.', ...process.argv.slice(2)], { env });
  if (app.error) return explainMissingElectron();
  return app.code;
}

process.exitCode = await main();

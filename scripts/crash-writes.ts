// npm run crash-writes [-- --kills 100 --naive]
// SIGKILLs a process that is rewriting the sessions file, over and over, then checks the
// file the way the app would on its next start. With the atomic writer every file must be
// one of the complete texts written; --naive runs a plain writeFileSync for contrast.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { newSession } from '../src/core/session/ops';
import { decodeStoreText, encodeStoreFile } from '../src/core/session/store-text';
import { atomicWriteFileSync, removeStrayTempFiles } from '../src/main/atomic-write';

export type CrashReport = { mode: 'atomic' | 'naive'; kills: number; midWrite: number; corrupt: number; torn: number; tempFilesCleaned: number };

const here = fileURLToPath(new URL('.', import.meta.url));
const guide = { id: 'messaging', version: 1, start: 'pattern' };

/** Store texts from ~30 KB to ~1.5 MB, so a kill often lands inside a write. */
function payloads(): string[] {
  return [20, 200, 1000, 60].map((count, p) => {
    const at = new Date(Date.UTC(2025, 0, 1 + p));
    const sessions = Array.from({ length: count }, (_, i) => newSession(guide, `Payload ${p} session ${i} ${'·'.repeat(60)}`, at, `p${p}-s${i}`));
    return encodeStoreFile({ version: 2, sessions });
  });
}

function transpileWriter(dir: string): string {
  const source = readFileSync(join(here, '../src/main/atomic-write.ts'), 'utf8');
  const out = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  const path = join(dir, 'atomic-write.mjs');
  writeFileSync(path, out.outputText);
  return path;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Start a writer, let it run a random few ms past its first complete write, SIGKILL it. */
async function killOnce(args: string[], delayMs: number): Promise<void> {
  const child = spawn(process.execPath, [join(here, 'crash-writer.mjs'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`writer exited early (${code})`)));
  });
  await sleep(delayMs);
  child.kill('SIGKILL');
  await exited;
}

export async function crashWrites({ kills = 100, mode = 'atomic' as CrashReport['mode'] } = {}): Promise<CrashReport> {
  const dir = mkdtempSync(join(tmpdir(), 'archtree-crash-'));
  try {
    const texts = payloads();
    const known = new Set(texts);
    const payloadPath = join(dir, 'payloads.json');
    writeFileSync(payloadPath, JSON.stringify(texts));
    const writer = transpileWriter(dir);
    const target = join(dir, 'sessions.json');
    atomicWriteFileSync(target, texts[0]!);
    const report: CrashReport = { mode, kills: 0, midWrite: 0, corrupt: 0, torn: 0, tempFilesCleaned: 0 };
    for (let k = 0; k < kills; k++) {
      await killOnce([target, payloadPath, writer, mode], Math.floor(Math.random() * 25));
      report.kills++;
      const leftovers = readdirSync(dir).filter((f) => f.startsWith('sessions.json.tmp-'));
      const text = readFileSync(target, 'utf8');
      // A temp file left behind means the kill landed between creating it and the rename;
      // for the naive writer, a partial target is the same evidence.
      if (leftovers.length > 0 || !known.has(text)) report.midWrite++;
      if (!decodeStoreText(text).ok) report.corrupt++;
      else if (!known.has(text)) report.torn++;
      report.tempFilesCleaned += removeStrayTempFiles(dir, ['sessions.json']).length;
      if (!known.has(text)) writeFileSync(target, texts[0]!); // start the next round from a good file
    }
    return report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--kills');
  const kills = at > 0 ? Number(process.argv[at + 1]) : 100;
  for (const mode of process.argv.includes('--naive') ? (['atomic', 'naive'] as const) : (['atomic'] as const)) {
    const r = await crashWrites({ kills, mode });
    console.log(
      `${r.mode}: ${r.kills} SIGKILLs, ${r.midWrite} landed mid-write, ${r.corrupt} corrupt files, ${r.torn} torn (valid but not a written text), ${r.tempFilesCleaned} temp files cleaned at start`,
    );
    if (r.mode === 'atomic' && (r.corrupt > 0 || r.torn > 0)) process.exitCode = 1;
  }
}

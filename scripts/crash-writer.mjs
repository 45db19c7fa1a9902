// Child process of scripts/crash-writes.ts: writes store texts in a tight loop until it is
// SIGKILLed. Plain JS so it starts in ~50 ms; the writer itself is src/main/atomic-write.ts,
// transpiled by the parent, so what gets killed is the code main runs.
//   node crash-writer.mjs <target> <payloads.json> <atomic-write.mjs> <atomic|naive>
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [target, payloadsPath, writerPath, mode] = process.argv.slice(2);
const payloads = JSON.parse(readFileSync(payloadsPath, 'utf8'));
const { atomicWriteFileSync } = await import(pathToFileURL(writerPath).href);
const write = mode === 'naive' ? (path, text) => writeFileSync(path, text) : atomicWriteFileSync;

for (let i = 0; ; i++) {
  write(target, payloads[i % payloads.length]);
  if (i === 0) process.stdout.write('ready\n');
}

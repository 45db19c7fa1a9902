import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/*
 * Node built-ins only (no electron), so the CLI writes its exports the same way main does.
 * ./atomic-write.ts does the same for text; exports are bytes as often as text (PNG, PDF).
 */

/**
 * Write a whole file so that a crash leaves the old content or the new, never a half-written
 * diagram: a temp file beside the target (a rename is atomic only within one file system),
 * fsync, rename over the target, fsync the directory. On failure the temp file is removed
 * and the error thrown; the target is untouched.
 */
export function writeFileAtomically(path: string, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const temp = `${path}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
  let fd: number | undefined = openSync(temp, 'wx', 0o644);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  try {
    const dir = openSync(dirname(path), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // Windows cannot open a directory; its rename is already durable.
  }
}

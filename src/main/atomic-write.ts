import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/*
 * Node built-ins only: scripts/crash-writes.ts loads this very file into child processes
 * it SIGKILLs mid-write, so what it proves is what main runs.
 */

/** Temp files sit next to their target (a rename is atomic only within one file system). */
export const TEMP_MARK = '.tmp-';

/**
 * Write a whole file so that a crash at any instant leaves either the old content or the
 * new, never a mix: write a temp file beside it, fsync it, rename it over the target, then
 * fsync the directory so the rename itself survives power loss. Unlike conf's writer there
 * is no non-atomic fallback: if the rename fails the old file stays and the error is thrown.
 */
export function atomicWriteFileSync(path: string, data: string | Uint8Array, mode = 0o600): void {
  const temp = `${path}${TEMP_MARK}${process.pid}-${randomBytes(6).toString('hex')}`;
  let fd: number | undefined = openSync(temp, 'wx', mode);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
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
  fsyncDirectory(dirname(path));
}

function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a directory; its rename is already durable (MoveFileEx).
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Remove temp files a killed writer left next to any of `targets` (ours, and conf's for
 * settings.json, which uses the same `<file>.tmp-` pattern). Safe at start only: the
 * single-instance lock means no other writer is running. Returns the names removed.
 */
export function removeStrayTempFiles(dir: string, targets: readonly string[]): string[] {
  const prefixes = targets.map((t) => `${basename(t)}${TEMP_MARK}`);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const stray = names.filter((name) => prefixes.some((p) => name.startsWith(p)));
  for (const name of stray) rmSync(join(dir, name), { force: true });
  return stray;
}

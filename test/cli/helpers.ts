import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { run } from '../../src/cli/main';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const TINY_TEXT = readFileSync(join(REPO, 'test/fixtures/guides/tiny.json'), 'utf8');
const FIXTURE_CATALOG = join(REPO, 'test/fixtures/cli-trees/catalog');

export type Result = { code: number; out: string[]; err: string[]; stdout: string; stderr: string };

/** Run the CLI in-process and capture every line it writes. */
export async function cli(...argv: string[]): Promise<Result> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (s) => out.push(...s.split('\n')), err: (s) => err.push(...s.split('\n')) });
  return { code, out, err, stdout: out.join('\n'), stderr: err.join('\n') };
}

const made: string[] = [];
afterAll(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * A decision-trees folder in a temp dir: the given guide files (default: the tiny fixture)
 * and the small fixture catalogue, optionally with catalogue files replaced.
 */
export function makeTrees(guides: Record<string, string> = { 'tiny.json': TINY_TEXT }, catalog: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'archtree-cli-'));
  made.push(dir);
  mkdirSync(join(dir, 'catalog'));
  cpSync(FIXTURE_CATALOG, join(dir, 'catalog'), { recursive: true });
  for (const [name, text] of Object.entries(guides)) writeFileSync(join(dir, name), text);
  for (const [name, text] of Object.entries(catalog)) writeFileSync(join(dir, 'catalog', name), text);
  return dir;
}

/** The tiny guide with one edit applied to its parsed JSON. */
export function tinyWith(edit: (guide: any) => void): string {
  const guide = JSON.parse(TINY_TEXT);
  edit(guide);
  return JSON.stringify(guide, null, 2);
}

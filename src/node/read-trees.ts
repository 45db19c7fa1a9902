import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { DataFile } from "../core/data/data-file";
export type { DataFile };

/** The default data folder: decision-trees/ beside package.json. */
export const TREES_DIR = new URL('../../decision-trees/', import.meta.url).pathname;

export function readJsonFiles(dir: string): DataFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('schema.json'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
}

export function readTrees(dir = TREES_DIR): { guides: DataFile[]; catalog: DataFile[] } {
  return { guides: readJsonFiles(dir), catalog: readJsonFiles(join(dir, 'catalog')) };
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { DataFile } from "../core/data/data-file";
export type { DataFile };

/** The default data folder: decision-trees/ beside package.json. */
export const TREES_DIR = fileURLToPath(new URL('../../decision-trees/', import.meta.url));

/** The generated editor schemas live beside the data but are not data. */
const SCHEMA_FILES = new Set(['schema.json', 'catalog.schema.json', 'facts.schema.json']);

export function readJsonFiles(dir: string): DataFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !SCHEMA_FILES.has(f))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
}

/** The facts folder is optional: a guide folder without one loads, and guides citing a fact are set aside. */
function readOptional(dir: string): DataFile[] {
  return existsSync(dir) ? readJsonFiles(dir) : [];
}

export function readTrees(dir = TREES_DIR): { guides: DataFile[]; catalog: DataFile[]; facts: DataFile[] } {
  return { guides: readJsonFiles(dir), catalog: readJsonFiles(join(dir, 'catalog')), facts: readOptional(join(dir, 'facts')) };
}

import type { DataFile } from '../../../core/data/data-file';
import { loadLibrary, type Library } from '../../../core/library';

/*
 * Guides and the service catalogue are bundled as raw text, not parsed JSON: a malformed
 * file then reaches loadLibrary, which sets it aside with the reason, instead of failing the
 * build. The generated JSON Schemas (schema.json, catalog.schema.json) are not data.
 */
const guideTexts = import.meta.glob<string>(
  ['../../../../decision-trees/*.json', '!../../../../decision-trees/*schema.json'],
  { query: '?raw', import: 'default', eager: true },
);
const catalogTexts = import.meta.glob<string>(
  ['../../../../decision-trees/catalog/*.json', '!../../../../decision-trees/catalog/*schema.json'],
  { query: '?raw', import: 'default', eager: true },
);
const factTexts = import.meta.glob<string>(
  ['../../../../decision-trees/facts/*.json', '!../../../../decision-trees/facts/*schema.json'],
  { query: '?raw', import: 'default', eager: true },
);

/** Glob results as data files named like the CLI names them (file name only), sorted. */
export function toDataFiles(texts: Record<string, string>): DataFile[] {
  return Object.entries(texts)
    .map(([path, text]) => ({ name: path.slice(path.lastIndexOf('/') + 1), text }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

let library: Library | undefined;

/** The bundled library, loaded once (parsing and linting every guide is not free). */
export function bundledLibrary(): Library {
  library ??= loadLibrary({ guides: toDataFiles(guideTexts), catalog: toDataFiles(catalogTexts), facts: toDataFiles(factTexts) });
  return library;
}

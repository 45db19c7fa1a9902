import { loadCatalog, type CatalogIndex } from './catalog/load';
import type { DataFile } from './data/data-file';
import { loadFacts, type FactIndex } from './facts/load';
import { resolveFactRefs } from './facts/refs';
import { lintGuide } from './guide/lint';
import { parseGuideText } from './guide/parse';
import type { Problem } from './guide/problems';
import type { Guide } from './guide/schema';

export type UnavailableGuide = { file: string; id?: string; title?: string; problems: Problem[] };

/** All guides and the catalogue, with broken guides set aside (and why) so the rest still work. */
export type Library = {
  catalog: CatalogIndex;
  guides: Guide[];
  unavailable: UnavailableGuide[];
  catalogProblems: Problem[];
  /** decision-trees/facts/: every limit, price and SLA once, with its source */
  facts: FactIndex;
};

/**
 * Guides are returned with every {fact:id} resolved, so every view, the CLI and the exports
 * show the facts file's values. Without `facts`, a guide citing one is set aside (unknown fact).
 */
export function loadLibrary(input: { guides: DataFile[]; catalog: DataFile[]; facts?: DataFile[] }): Library {
  const loadedCatalog = loadCatalog(input.catalog);
  const { facts, problems: factProblems } = loadFacts(input.facts ?? []);
  const catalog = loadedCatalog.catalog;
  const catalogProblems = [...loadedCatalog.problems, ...factProblems];
  const guides: Guide[] = [];
  const unavailable: UnavailableGuide[] = [];
  for (const file of input.guides) {
    const parsed = parseGuideText(file.name, file.text);
    if (!parsed.ok) {
      const raw = safeHeader(file.text);
      unavailable.push({ file: file.name, ...raw, problems: parsed.problems });
      continue;
    }
    const problems = lintGuide(parsed.value, file.name, catalog, facts);
    if (problems.length > 0) unavailable.push({ file: file.name, id: parsed.value.id, title: parsed.value.title, problems });
    else guides.push(resolveFactRefs(parsed.value, facts));
  }
  return { catalog, guides, unavailable, catalogProblems, facts };
}

/** Best-effort id and title of a file that failed validation, so the home screen can name it. */
function safeHeader(text: string): { id?: string; title?: string } {
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object') return {};
    const { id, title } = value as Record<string, unknown>;
    return { id: typeof id === 'string' ? id : undefined, title: typeof title === 'string' ? title : undefined };
  } catch {
    return {};
  }
}

import type { DataFile } from '../data/data-file';
import { fromZod, parseJsonText } from '../guide/parse';
import type { Problem } from '../guide/problems';
import { factFileSchema, type FactEntry } from './schema';

export type FactIndex = { facts: FactEntry[]; byId: Map<string, FactEntry> };

export const emptyFacts = (): FactIndex => ({ facts: [], byId: new Map() });

/** Parse every facts file (decision-trees/facts/*.json); a broken file is reported and left out. */
export function loadFacts(files: DataFile[]): { facts: FactIndex; problems: Problem[] } {
  const problems: Problem[] = [];
  const index = emptyFacts();
  const origin = new Map<string, string>();
  for (const file of files) {
    const name = `facts/${file.name}`;
    const json = parseJsonText(name, file.text);
    const parsed = json.ok ? fromZod(name, factFileSchema.safeParse(json.value)) : json;
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    parsed.value.facts.forEach((fact, i) => {
      const first = origin.get(fact.id);
      if (first) return void problems.push({ file: name, path: `facts[${i}].id`, message: `fact "${fact.id}" is already defined in ${first}` });
      origin.set(fact.id, name);
      index.facts.push(fact);
      index.byId.set(fact.id, fact);
      fact.checks.forEach((check, j) => {
        try {
          new RegExp(check.unit, 'iu');
        } catch (error) {
          problems.push({ file: name, path: `facts[${i}].checks[${j}].unit`, message: `not a valid regular expression: ${(error as Error).message}` });
        }
      });
    });
  }
  return { facts: index, problems };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../../src/core/guide/problems';
import { parseGuideText } from '../../src/core/guide/parse';
import type { Guide } from '../../src/core/guide/schema';
import { loadFacts } from '../../src/core/facts/load';
import { resolveFactRefs } from '../../src/core/facts/refs';
import { readTrees, TREES_DIR } from '../../src/node/read-trees';

/** Load one committed guide by id, failing loudly with every schema problem named; {fact:id} resolved as the app does. */
export function loadGuide(id: string): Guide {
  const file = `${id}.json`;
  const parsed = parseGuideText(file, readFileSync(join(TREES_DIR, file), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  const { facts, problems } = loadFacts(readTrees().facts);
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  return resolveFactRefs(parsed.value, facts);
}

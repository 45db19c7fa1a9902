import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../../src/core/guide/problems';
import { parseGuideText } from '../../src/core/guide/parse';
import type { Guide } from '../../src/core/guide/schema';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, 'guides', name), 'utf8');
}

export function loadFixture(name: string): Guide {
  const parsed = parseGuideText(name, fixtureText(name));
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  return parsed.value;
}

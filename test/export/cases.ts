import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Architecture, Layout } from '../../src/core/architecture/model';
import { buildArchitecture } from '../../src/core/architecture/build';
import { generateArchitecture } from '../../src/core/export/generate';
import { decide } from '../../src/core/guide/decide';
import { enumeratePaths } from '../../src/core/guide/enumerate';
import { formatProblem } from '../../src/core/guide/problems';
import type { Answers, Guide } from '../../src/core/guide/schema';
import { layoutArchitecture } from '../../src/core/layout/elk-layout';
import { loadLibrary, type Library } from '../../src/core/library';
import { buildRecommendation } from '../../src/core/recommendation/build';
import type { Recommendation } from '../../src/core/recommendation/types';
import { createNodeElk } from '../../src/node/elk';
import { readJsonFiles, readTrees } from '../../src/node/read-trees';

/** What the export tests run on: fixture outcomes (with goldens), every real outcome, generated sizes. */

export type ExportCase = { name: string; model: Architecture; layout: Layout; recommendation?: Recommendation };

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
export const GOLDEN_DIR = join(FIXTURES, 'export');

/**
 * The fixture guides (tiny.json from the engine tests, web-app.json made for the exporters)
 * against a frozen copy of the catalogue entries they use, so goldens change only when the
 * exporters or ELK do, never because someone renamed a service in decision-trees/catalog.
 */
export function fixtureLibrary(): Library {
  const guides = [
    { name: 'tiny.json', text: readFileSync(join(FIXTURES, 'guides', 'tiny.json'), 'utf8') },
    ...readJsonFiles(join(GOLDEN_DIR, 'guides')),
  ];
  const library = loadLibrary({ guides, catalog: readJsonFiles(join(GOLDEN_DIR, 'catalog')) });
  const problems = [...library.catalogProblems, ...library.unavailable.flatMap((u) => u.problems)];
  if (problems.length) throw new Error(problems.map(formatProblem).join('\n'));
  return library;
}

/** One ELK for all layouts of a test file: starting ELK costs more than a small layout. */
const elk = createNodeElk();
/** Generous: ELK takes seconds for the bigger generated cases on a busy 2-core machine. */
export const LAYOUT_TIMEOUT = 180_000;

async function outcomeCase(name: string, guide: Guide, library: Library, given: Answers): Promise<ExportCase> {
  const decision = decide(guide, given);
  if (decision.status !== 'outcome') throw new Error(`${name}: the answers reach no outcome (${decision.status})`);
  const decided = { outcome: decision.outcome, answers: decision.answers, path: decision.path };
  const model = buildArchitecture(guide, library.catalog, decided);
  return { name, model, layout: await layoutArchitecture(model, elk), recommendation: buildRecommendation(guide, library.catalog, decided) };
}

let fixtures: Promise<ExportCase[]> | undefined;
/** Three fixture outcomes: a tiny one, a nested multi-AZ one with a DR region, a single box. */
export function fixtureCases(): Promise<ExportCase[]> {
  fixtures ??= (async () => {
    const library = fixtureLibrary();
    const guide = (id: string) => library.guides.find((g) => g.id === id)!;
    return [
      await outcomeCase('tiny-fifo', guide('tiny'), library, { pattern: 'work-queue', rate: 1200 }),
      await outcomeCase('web-app-dr', guide('web-app'), library, { users: 25000, dr: 'yes' }),
      await outcomeCase('web-app-single', guide('web-app'), library, { users: 40 }),
    ];
  })();
  return fixtures;
}

let real: Promise<ExportCase[]> | undefined;
/** One case per outcome of every committed guide that lints clean (the first path reaching it). */
export function realCases(): Promise<ExportCase[]> {
  real ??= (async () => {
    const library = loadLibrary(readTrees());
    const cases: ExportCase[] = [];
    for (const guide of library.guides) {
      const paths = enumeratePaths(guide).paths;
      for (const outcome of guide.outcomes) {
        const path = paths.find((p) => p.outcome === outcome.id);
        if (path) cases.push(await outcomeCase(`${guide.id}/${outcome.id}`, guide, library, path.answers));
      }
    }
    return cases;
  })();
  return real;
}

let generated: Promise<ExportCase[]> | undefined;
/** Generated architectures of 10 and 40 services (regions, VPCs, AZs, subnets, every edge style). */
export function generatedCases(): Promise<ExportCase[]> {
  generated ??= Promise.all(
    [10, 40].map(async (n) => {
      const model = generateArchitecture(n);
      return { name: `generated-${n}`, model, layout: await layoutArchitecture(model, elk) };
    }),
  );
  return generated;
}

export async function allCases(): Promise<ExportCase[]> {
  return [...(await fixtureCases()), ...(await realCases()), ...(await generatedCases())];
}

/**
 * The case's layout as frozen beside the goldens, so golden files of formats that carry
 * coordinates (draw.io) move only when the exporter does, not whenever ELK or its options
 * change. UPDATE_GOLDEN=1 refreezes it from the live layout.
 */
export function frozenLayout(c: ExportCase): Layout {
  const path = join(GOLDEN_DIR, `${c.name}.layout.json`);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, JSON.stringify(c.layout, null, 1) + '\n');
  if (!existsSync(path)) throw new Error(`frozen layout ${c.name}.layout.json is missing: run UPDATE_GOLDEN=1 npx vitest run test/export`);
  return JSON.parse(readFileSync(path, 'utf8')) as Layout;
}

/** Compare with the golden file; UPDATE_GOLDEN=1 rewrites it instead. */
export function expectGolden(file: string, actual: string): void {
  const path = join(GOLDEN_DIR, file);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`golden file ${file} is missing: run UPDATE_GOLDEN=1 npx vitest run test/export`);
  expect(actual, `${file} differs from its golden (UPDATE_GOLDEN=1 rewrites it after review)`).toBe(readFileSync(path, 'utf8'));
}

import { describe, expect, it } from 'vitest';
import { buildArchitecture } from '../../src/core/architecture/build';
import { decide } from '../../src/core/guide/decide';
import { enumeratePaths } from '../../src/core/guide/enumerate';
import { formatProblem } from '../../src/core/guide/problems';
import { serviceIdOf } from '../../src/core/guide/schema';
import { loadLibrary } from '../../src/core/library';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { readTrees } from '../../src/node/read-trees';
import { machinePaths } from '../helpers/machine-paths';

const library = loadLibrary(readTrees());

describe('the committed decision trees', () => {
  it('all parse and lint clean, catalogue included', () => {
    const problems = [...library.catalogProblems, ...library.unavailable.flatMap((u) => u.problems)];
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('include the five guides of the design card', () => {
    const ids = library.guides.map((g) => g.id);
    for (const id of ['messaging', 'compute', 'database', 'disaster-recovery', 'vpc-connectivity']) {
      if (readTrees().guides.some((f) => f.name === `${id}.json`)) expect(ids).toContain(id);
    }
  });
});

describe.each(library.guides.map((g) => [g.id, g] as const))('guide %s', (_id, guide) => {
  const paths = enumeratePaths(guide).paths;

  it('every path the XState graph walk finds ends in the outcome decide() gives for its answers', () => {
    const walked = machinePaths(guide);
    expect(walked.length).toBeGreaterThan(0);
    for (const path of walked) {
      const decision = decide(guide, path.context.answers);
      expect(decision).toMatchObject({ status: 'outcome', outcome: path.outcome });
    }
    expect(new Set(walked.map((p) => p.outcome))).toEqual(new Set(guide.outcomes.map((o) => o.id)));
  });

  it('asks at most 12 questions on any path', () => {
    expect(Math.max(...paths.map((p) => p.steps.length))).toBeLessThanOrEqual(12);
  });

  it('builds a recommendation and a diagram for every path, with every figure a finite number', () => {
    for (const path of paths) {
      const decided = { outcome: path.outcome, answers: path.answers, path: path.steps };
      const rec = buildRecommendation(guide, library.catalog, decided);
      expect(rec.whyNot).toHaveLength(guide.outcomes.length - 1);
      expect(rec.whyNot.every((w) => w.text.length > 0)).toBe(true);
      expect(rec.rationale).not.toMatch(/\{[a-zA-Z]+\}/);
      rec.figures.forEach((f) => expect(Number.isFinite(f.value)).toBe(true));
      const arch = buildArchitecture(guide, library.catalog, decided);
      expect(arch.nodes.length).toBeGreaterThan(0);
      arch.nodes.forEach((n) => expect(n.label).not.toMatch(/\{[a-zA-Z]+\}/));
    }
  });

  it('gives every recommended AWS service a GCP and an Azure equivalent, or says why there is none', () => {
    for (const outcome of guide.outcomes) {
      for (const id of outcome.services.map(serviceIdOf).filter((s) => s.startsWith('aws.'))) {
        const service = library.catalog.byId.get(id)!;
        for (const cloud of ['gcp', 'azure'] as const) {
          const covered = (service.equivalents[cloud]?.length ?? 0) > 0 || service.equivalenceNote !== undefined;
          expect.soft(covered, `${id} has no ${cloud} equivalent and no note saying why`).toBe(true);
        }
      }
    }
  });
});

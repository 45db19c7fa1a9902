import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramError, type ParamValues } from '../../src/core/guide/artefact';
import { expandValues, fillTemplate } from '../../src/core/policy-trace/fill';
import { policyTraceFileSchema, type PolicyExample } from '../../src/core/policy-trace/schema';
import { generateTraceFile, readExamples, traceFileText, tracesPath } from '../../scripts/policy-traces/generate';
import { simulateExample } from '../../scripts/policy-traces/simulate';
import { comparedValues, traceOf } from '../../scripts/policy-traces/trace';
import { loadGuide } from '../helpers/guides';

/**
 * The shipped traces (decision-trees/policy-traces/access-guardrails.json) say what
 * @cloud-copilot/iam-simulate says, for any values the user can type: each example is
 * re-simulated with 100 random valid parameter sets, and the trace built from the
 * simulator's answer must equal the shipped one (verdict, deciding step, every statement and
 * condition result, every sentence), and the shipped value templates, filled, must be exactly
 * the values the simulator compared.
 */

const guide = loadGuide('access-guardrails');
const examples = readExamples('access-guardrails');
const shippedText = readFileSync(tracesPath('access-guardrails'), 'utf8');
const shipped = policyTraceFileSchema.parse(JSON.parse(shippedText));
const RUNS = 100;

/** Values a user would plausibly type that collide with the examples' own names and Regions. */
const TRICKY: Record<string, string[]> = {
  breakGlassRole: ['orders-fn', 'developer', 'platform-admin', 'reporting', 'app', 'admin/BreakGlass', 'team/orders-fn'],
  prefix: ['*', 'reports/*', 'reports/2026', 'payroll.csv'],
  tenantId: ['other', 'tenant-42', '-'],
  rolePath: ['app', 'team', 'ops'],
};
const derivedCandidates = Object.values(examples.derived).flatMap((d) => (d.take === 'notIn' ? d.candidates : []));

/** Random typed values for every parameter of the example's outcome, valid by each parameter's own pattern. */
function typedValues(example: PolicyExample): fc.Arbitrary<ParamValues> {
  const outcome = guide.outcomes.find((o) => o.id === example.outcome)!;
  const params = new Map(outcome.artefacts.flatMap((a) => a.params).map((p) => [p.id, p]));
  const record: Record<string, fc.Arbitrary<string>> = {};
  for (const p of params.values()) {
    const random = fc.stringMatching(new RegExp(`^(?:${p.pattern})$`));
    const item = fc.oneof(random, fc.constantFrom(...(p.list ? [...derivedCandidates, 'us-east-1', 'eu-west-1'] : (TRICKY[p.id] ?? [p.default]))));
    record[p.id] = p.list ? fc.array(item, { minLength: 1, maxLength: 6 }).map((items) => items.join(', ')) : item;
  }
  return fc.record(record);
}

describe('policy traces of the guardrail guide', () => {
  it('are up to date: regenerating them from the examples gives the committed file (run npm run policy-traces)', async () => {
    expect(traceFileText(await generateTraceFile(guide, examples))).toBe(shippedText);
  });

  it('ship without the simulator: no file under src/ (app, CLI, core) imports the AGPL @cloud-copilot/iam-simulate', () => {
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx|mts|js|mjs)$/.test(f));
    expect(sources.length).toBeGreaterThan(50);
    const imports = /(from|import\(|require\()\s*['"]@cloud-copilot\/iam-simulate/;
    expect(sources.filter((f) => imports.test(readFileSync(join('src', f), 'utf8')))).toEqual([]);
  });

  it('take a break-glass role under an IAM path (admin/BreakGlass): the form accepts it and the Region lock lets exactly that role through', async () => {
    const param = guide.outcomes.flatMap((o) => o.artefacts).flatMap((a) => a.params).find((p) => p.id === 'breakGlassRole')!;
    expect(paramError(param, 'admin/BreakGlass')).toBeUndefined();
    expect(paramError(param, 'admin//BreakGlass')).toMatch(/not allowed/);
    const breakGlass = examples.examples.find((e) => e.id === 'scp-break-glass')!;
    const run = await simulateExample(guide, examples, breakGlass, { breakGlassRole: 'admin/BreakGlass' });
    expect(traceOf(guide, run).verdict).toBe('Allowed');
  });

  for (const example of examples.examples) {
    const trace = shipped.traces.find((t) => t.example === example.id)!;
    it(`${example.id}: the simulator agrees with the shipped trace (${trace?.verdict}) for any valid values`, async () => {
      expect(trace).toBeDefined();
      await fc.assert(
        fc.asyncProperty(typedValues(example), async (typed) => {
          const run = await simulateExample(guide, examples, example, typed).catch((e: Error) => e);
          // A Region outside a list that names every candidate does not exist: the app hides the example then.
          if (run instanceof Error && /no value for unapprovedRegion/.test(run.message)) return;
          if (run instanceof Error) throw run;
          expect(traceOf(guide, run)).toEqual(trace);
          const compared = comparedValues(run);
          for (const step of trace.steps) {
            for (const s of step.statements) {
              for (const c of s.conditions) {
                const seen = compared.find((x) => x.statement.startsWith(`${s.policy} › `) && x.statement.endsWith(s.sid) && x.key === c.key);
                expect(seen?.values).toEqual(expandValues(c.values, run.values));
                expect(seen?.request).toEqual(c.request === null ? null : fillTemplate(c.request, run.values));
              }
            }
          }
        }),
        { numRuns: RUNS },
      );
    });
  }
});

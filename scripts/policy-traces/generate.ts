import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import type { Guide } from '../../src/core/guide/schema';
import { policyExamplesFileSchema, policyTraceFileSchema, type PolicyExamplesFile, type PolicyTraceFile } from '../../src/core/policy-trace/schema';
import { TREES_DIR } from '../../src/node/read-trees';
import { simulateExample } from './simulate';
import { traceOf } from './trace';

/** decision-trees/policy-traces/: the hand-written examples and the traces generated from them. */
export const TRACES_DIR = join(TREES_DIR, 'policy-traces');
export const examplesPath = (guide: string) => join(TRACES_DIR, `${guide}.examples.json`);
export const tracesPath = (guide: string) => join(TRACES_DIR, `${guide}.json`);

/** Read and validate a guide's examples file; the message names the file and the problem. */
export function readExamples(guide: string): PolicyExamplesFile {
  const path = examplesPath(guide);
  const parsed = policyExamplesFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/**
 * Who evaluated the examples, in words a reader understands, with the package name and version
 * recorded so an upgrade shows up as a change to review, e.g.
 * "the open-source IAM policy simulator from Cloud Copilot (@cloud-copilot/iam-simulate 0.1.173)".
 */
export function simulatorVersion(): string {
  const require = createRequire(import.meta.url);
  // The package exports no ./package.json; its entry point lives under <root>/dist/.
  const entry = require.resolve('@cloud-copilot/iam-simulate');
  const pkg = JSON.parse(readFileSync(join(entry.slice(0, entry.lastIndexOf(`${sep}dist${sep}`)), 'package.json'), 'utf8')) as { name: string; version: string };
  return `the open-source IAM policy simulator from Cloud Copilot (${pkg.name} ${pkg.version})`;
}

/** Run every example with the artefacts' default values and record the traces. Throws naming the example on any problem. */
export async function generateTraceFile(guide: Guide, examples: PolicyExamplesFile): Promise<PolicyTraceFile> {
  const traces = [];
  for (const example of examples.examples) traces.push(traceOf(guide, await simulateExample(guide, examples, example)));
  return policyTraceFileSchema.parse({
    guide: examples.guide,
    generatedBy: `npm run policy-traces (from ${examples.guide}.examples.json); do not edit`,
    simulator: simulatorVersion(),
    derived: examples.derived,
    traces,
  });
}

/** The file's text as written: two-space JSON and a final newline. */
export const traceFileText = (file: PolicyTraceFile): string => `${JSON.stringify(file, null, 2)}\n`;

import { readdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { loadLibrary } from '../src/core/library';
import { readTrees } from '../src/node/read-trees';
import { generateTraceFile, readExamples, TRACES_DIR, traceFileText, tracesPath } from './policy-traces/generate';

/**
 * `npm run policy-traces`: for every decision-trees/policy-traces/<guide>.examples.json, run
 * the examples through the IAM policy simulator and write <guide>.json beside it. Run it after
 * changing a guide's policy artefacts or its examples; a test fails while the file is stale.
 */
const library = loadLibrary(readTrees());
for (const file of readdirSync(TRACES_DIR).filter((f) => f.endsWith('.examples.json')).sort()) {
  const examples = readExamples(file.replace(/\.examples\.json$/, ''));
  const guide = library.guides.find((g) => g.id === examples.guide);
  if (!guide) throw new Error(`${file}: no loadable guide ${examples.guide}`);
  const traces = await generateTraceFile(guide, examples);
  writeFileSync(tracesPath(examples.guide), traceFileText(traces));
  console.log(`${relative(process.cwd(), tracesPath(examples.guide))}: ${traces.traces.length} traces (${traces.simulator})`);
}

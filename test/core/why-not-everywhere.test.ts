import { describe, expect, it } from 'vitest';
import { buildArchitecture } from '../../src/core/architecture/build';
import { md, toAdr } from '../../src/core/export/adr';
import { toSvg } from '../../src/core/export/svg';
import { decide } from '../../src/core/guide/decide';
import { layoutArchitecture } from '../../src/core/layout/elk-layout';
import { loadLibrary } from '../../src/core/library';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { createNodeElk } from '../../src/node/elk';
import { toPdf } from '../../src/node/export-pdf';
import { readTrees } from '../../src/node/read-trees';
import { cli } from '../cli/helpers';
import { extractPdf } from '../export/pdf-extract';

/** The case: compute, long-running, 70 % steady, AWS-native, no servers to manage. */
const ANSWERS = {
  workloadShape: 'long-running', utilisation: 70, platform: 'aws-native', nodeFeatures: 'containers-only',
  nodeManagement: 'no-nodes', monthlySpend: 4000,
};
const library = loadLibrary(readTrees());
const guide = library.guides.find((g) => g.id === 'compute')!;
const decision = decide(guide, ANSWERS);
if (decision.status !== 'outcome') throw new Error('the Fargate case does not finish');
const rec = buildRecommendation(guide, library.catalog, decision);
const flags = Object.entries(ANSWERS).flatMap(([q, v]) => ['--answer', `${q}=${v}`]);
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

describe('the same computed why-not lines everywhere', () => {
  it('the recommendation carries one computed line per alternative', () => {
    expect(rec.outcome.id).toBe('ecs-fargate');
    expect(rec.whyNot.map((w) => w.outcome)).toEqual(['lambda', 'app-runner', 'ecs-ec2', 'eks-karpenter', 'eks-fargate']);
    expect(rec.whyNot.find((w) => w.outcome === 'ecs-ec2')!.text).toMatch(/^Ruled out by your answer “No servers to manage”/);
  });

  it('the ADR lists each alternative with its computed line', () => {
    const adr = toAdr(rec, buildArchitecture(guide, library.catalog, decision), { date: '2026-01-01' });
    const alternatives = adr.slice(adr.indexOf('## Alternatives considered'), adr.indexOf('## Facts cited'));
    for (const w of rec.whyNot) expect(alternatives).toContain(`- **${md(w.title)}**: ${md(w.text)}`);
  });

  it('the PDF decision record prints the same lines', async () => {
    const model = buildArchitecture(guide, library.catalog, decision);
    const layout = await layoutArchitecture(model, createNodeElk());
    const adr = toAdr(rec, model, { date: '2026-01-01' });
    const pages = await extractPdf(await toPdf(toSvg(model, layout, { theme: 'light' }), adr, { title: 'Compute', date: '2026-01-01' }));
    // Lines wrap at hyphens ("Long- running") in the extracted text; join them back.
    const unwrap = (s: string) => oneLine(s).replace(/-\s+/g, '-');
    const record = unwrap(pages.slice(1).map((p) => p.text).join(' '));
    for (const w of rec.whyNot) expect(record, w.outcome).toContain(unwrap(`${w.title}: ${w.text}`));
  }, 120_000);

  it('archtree decide prints each line, and the answers that lead to each alternative', async () => {
    const r = await cli('decide', 'compute', ...flags);
    expect(r.code).toBe(0);
    for (const w of rec.whyNot) expect(r.out, w.outcome).toContain(`  ${w.title} (${w.outcome}): ${w.text}`);
    const ec2 = r.out.findIndex((l) => l.startsWith('  Amazon ECS on EC2'));
    expect(r.out[ec2 + 1]).toBe('      answers that lead there: --answer nodeManagement=manage-nodes');
  });

  it('archtree decide --json carries the lines with the ruling answer and the change', async () => {
    const r = await cli('decide', 'compute', ...flags, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { recommendation: { whyNot: typeof rec.whyNot } };
    expect(json.recommendation.whyNot).toEqual(JSON.parse(JSON.stringify(rec.whyNot)));
    const ec2 = json.recommendation.whyNot.find((w) => w.outcome === 'ecs-ec2')!;
    expect(ec2.ruledOutBy).toMatchObject({ question: 'nodeManagement', value: 'no-nodes' });
    expect(ec2.changes).toMatchObject([{ question: 'nodeManagement', from: 'no-nodes', to: 'manage-nodes' }]);
  });
});

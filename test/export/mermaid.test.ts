import { beforeAll, describe, expect, it } from 'vitest';
import type { Architecture } from '../../src/core/architecture/model';
import { toMermaid } from '../../src/core/export/mermaid';
import { LAYOUT_TIMEOUT, allCases, expectGolden, fixtureCases, type ExportCase } from './cases';
import { installFakeDom } from '../helpers/fake-dom';

/**
 * Every Mermaid export goes through mermaid's own parser (mermaid 11, as GitHub runs it).
 * mermaid.parse needs no rendering, only DOMPurify's window, which jsdom provides.
 */

type Mermaid = { parse(text: string): Promise<{ diagramType: string } | false> };
let mermaid: Mermaid;
let cases: ExportCase[] = [];

beforeAll(async () => {
  await installFakeDom();
  mermaid = (await import('mermaid')).default as unknown as Mermaid;
  cases = await allCases();
}, LAYOUT_TIMEOUT);

const hostile: Architecture = {
  version: 1,
  title: 'Title: with "quotes" & #hash',
  containers: [
    { id: 'end', kind: 'vpc', label: 'end', provenance: { guide: 'g', outcome: 'o', reason: 'r', answers: [] } },
    { id: 'graph', kind: 'subnet', tier: 'public', label: 'subgraph ]) "x" <b>', parent: 'end', provenance: { guide: 'g', outcome: 'o', reason: 'r', answers: [] } },
  ],
  nodes: [
    ['o', 'a "quoted" | piped `ticked` label'],
    ['x', 'line one\nline two #35; &amp; <script>alert(1)</script>'],
    ['style', '[brackets] (parens) {braces} --> ==> -.->'],
    ['naïve—ünïcode', 'Ünïcode ✓ 日本語'],
    ['a.b/c', 'end'],
  ].map(([id, label], i) => ({
    id: id!, label: label!, service: 'aws.sqs', serviceName: i === 0 ? 'Name; with: "colons"' : 'Amazon SQS', provider: 'aws' as const,
    category: 'messaging' as const, parent: i < 2 ? 'graph' : undefined, provenance: { guide: 'g', outcome: 'o', reason: 'r', answers: [] },
  })),
  edges: [
    { id: 'e1', from: 'o', to: 'x', label: 'a|b "c" #d', style: 'sync' as const },
    { id: 'e2', from: 'x', to: 'style', label: '-->', style: 'async' as const },
    { id: 'e3', from: 'style', to: 'naïve—ünïcode', style: 'replication' as const },
    { id: 'e4', from: 'a.b/c', to: 'end', label: 'end', style: 'network' as const },
  ].map((e) => ({ ...e, provenance: { guide: 'g', outcome: 'o', reason: 'r', answers: [] } })),
};

describe('toMermaid', () => {
  it('parses with the real mermaid parser, for every case', async () => {
    for (const c of cases) {
      const text = toMermaid(c.model);
      await expect(mermaid.parse(text), c.name).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
    }
  });

  it('parses with hostile ids and labels: keywords, quotes, pipes, markup, arrows, unicode', async () => {
    const text = toMermaid(hostile);
    await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
    expect(text).not.toContain('<script>');
  });

  it('the parser really rejects broken input (so the checks above mean something)', async () => {
    await expect(mermaid.parse('flowchart LR\n  a -->|"x| b\n  subgraph s\n')).rejects.toThrow();
  });

  it('nests subgraphs for containers, one node per service, one link per edge with its style', () => {
    for (const c of cases) {
      const lines = toMermaid(c.model).split('\n');
      expect(lines.filter((l) => /^\s*subgraph /.test(l)), c.name).toHaveLength(c.model.containers.length);
      expect(lines.filter((l) => /^\s*end$/.test(l)), c.name).toHaveLength(c.model.containers.length);
      const links = lines.filter((l) => / (-->|-\.->|==>)/.test(l));
      expect(links, c.name).toHaveLength(c.model.edges.length);
      c.model.edges.forEach((e, i) => {
        const arrow = { sync: ' -->', async: ' -.->', replication: ' -.->', network: ' ==>' }[e.style];
        expect(links[i], `${c.name}: ${e.id}`).toContain(arrow);
      });
      // Each child is indented under its parent's subgraph.
      for (const n of c.model.nodes.filter((x) => x.parent)) {
        const parentLine = lines.findIndex((l) => l.includes(`subgraph c_${n.parent!.replace(/[^A-Za-z0-9]/g, '_')}[`));
        const own = lines.findIndex((l) => l.trim().startsWith(`n_${n.id.replace(/[^A-Za-z0-9]/g, '_')}[`) || l.trim().startsWith(`n_${n.id.replace(/[^A-Za-z0-9]/g, '_')}(`));
        expect(own, `${c.name}: ${n.id} after its subgraph`).toBeGreaterThan(parentLine);
      }
    }
  });

  it('matches the golden files', async () => {
    for (const c of await fixtureCases()) expectGolden(`${c.name}.mmd`, toMermaid(c.model));
  });
});

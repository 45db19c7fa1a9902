import { beforeAll, describe, expect, it } from 'vitest';
import type { Architecture } from '../../src/core/architecture/model';
import { toMermaidArchitecture } from '../../src/core/export/mermaid-architecture';
import { LAYOUT_TIMEOUT, allCases, type ExportCase } from './cases';
import { installFakeDom } from '../helpers/fake-dom';

/** The architecture-beta export, checked by mermaid's own parser (as for the flowchart export). */

type Mermaid = { parse(text: string): Promise<{ diagramType: string } | false> };
let mermaid: Mermaid;
let cases: ExportCase[] = [];

beforeAll(async () => {
  await installFakeDom();
  mermaid = (await import('mermaid')).default as unknown as Mermaid;
  cases = await allCases();
}, LAYOUT_TIMEOUT);

const provenance = { guide: 'g', outcome: 'o', reason: 'r', answers: [] };
const hostile: Architecture = {
  version: 1,
  title: 'Title [with] "quotes"\nand %% a comment',
  containers: [
    { id: 'group', kind: 'vpc', label: 'VPC [10.0.0.0/16]', provenance },
    { id: 'in', kind: 'subnet', tier: 'private', label: 'in\nservice', parent: 'group', provenance },
  ],
  nodes: [
    { id: 'service', label: 'junction ] [ x', service: 'aws.sqs', serviceName: 'Amazon SQS', provider: 'aws', category: 'messaging', parent: 'in', provenance },
    { id: 'a.b/c', label: 'Ünïcode ✓ 日本語', service: 'aws.s3', serviceName: 'Amazon S3', provider: 'aws', category: 'storage', provenance },
  ],
  edges: [
    { id: 'e1', from: 'service', to: 'a.b/c', label: 'writes [x] %% y', style: 'async', provenance },
    { id: 'e2', from: 'group', to: 'a.b/c', style: 'network', provenance },
  ],
};

describe('toMermaidArchitecture', () => {
  it('parses as architecture-beta for every outcome and generated case', async () => {
    // The parser does reject a broken diagram, so passing means something.
    await expect(mermaid.parse('architecture-beta\n  service a(server)[unclosed\n')).rejects.toBeTruthy();
    for (const c of cases) {
      const text = toMermaidArchitecture(c.model);
      const parsed = await mermaid.parse(text).catch((e: Error) => e);
      expect(parsed, `${c.name}\n${text}`).toMatchObject({ diagramType: 'architecture' });
    }
  });

  it('declares every container as a group and every service with a built-in icon, in its group', () => {
    for (const c of cases) {
      const text = toMermaidArchitecture(c.model);
      expect(text.match(/^ {2}group /gm)?.length ?? 0, c.name).toBe(c.model.containers.length);
      const services = text.match(/^ {2}service \S+\((cloud|database|disk|internet|server)\)\[[^\]\n]*\]/gm) ?? [];
      expect(services.length, c.name).toBe(c.model.nodes.length);
      const nodeEdges = c.model.edges.filter((e) => e.from !== e.to && c.model.nodes.some((n) => n.id === e.from) && c.model.nodes.some((n) => n.id === e.to));
      expect(text.match(/-->/g)?.length ?? 0, c.name).toBe(nodeEdges.length);
    }
  });

  it('survives hostile ids and labels: brackets, keywords, line breaks, Unicode', async () => {
    const text = toMermaidArchitecture(hostile);
    await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'architecture' });
    expect(text).toContain('service s_service(server)[junction ) ( x (Amazon SQS)] in g_in');
    expect(text).toContain('group g_in(cloud)[in service] in g_group');
    expect(text).toContain('%% group to a.b/c (network): between containers, not drawn');
  });
});

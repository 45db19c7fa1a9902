import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeParts, mergeRuns } from '../../src/core/architecture/merge';
import type { Architecture } from '../../src/core/architecture/model';
import { toStructurizr } from '../../src/core/export/structurizr';
import { fiveGuideSession, otherFiveGuideSessions, realLibrary } from './merge-cases';

/**
 * npm has no Structurizr DSL parser (the reference one is Java), so the export is checked
 * against the language reference's grammar by a small reader below, and a hand-made model
 * against a golden file.
 */

const DECLARING = new Set(['person', 'softwareSystem', 'container', 'deploymentEnvironment', 'deploymentNode', 'infrastructureNode', 'containerInstance']);
const STRING = /"(?:[^"\\]|\\.)*"/g;

/** Problems with a workspace: unbalanced braces or quotes, identifiers used before they are declared or declared twice. */
function problems(dsl: string): string[] {
  const found: string[] = [];
  const kinds = new Map<string, string>();
  let depth = 0;
  dsl.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const at = `line ${i + 1}`;
    if ((line.replace(/\\./g, '').match(/"/g)?.length ?? 0) % 2) found.push(`${at}: unbalanced quotes`);
    const bare = line.replace(STRING, '""');
    depth += (bare.match(/\{/g)?.length ?? 0) - (bare.match(/\}/g)?.length ?? 0);
    if (depth < 0) found.push(`${at}: "}" without "{"`);
    const need = (id: string, kind?: string) => {
      if (!kinds.has(id)) found.push(`${at}: ${id} used before it is declared`);
      else if (kind && kinds.get(id) !== kind) found.push(`${at}: ${id} is a ${kinds.get(id)}, not a ${kind}`);
    };
    const declared = /^([A-Za-z0-9_]+) = (\w+)(?: ([A-Za-z0-9_]+))?/.exec(bare);
    if (declared) {
      const [, id, keyword, target] = declared;
      if (!DECLARING.has(keyword!)) found.push(`${at}: unknown keyword ${keyword}`);
      if (kinds.has(id!)) found.push(`${at}: ${id} declared twice`);
      if (keyword === 'containerInstance') need(target!, 'container');
      kinds.set(id!, keyword!);
    }
    const rel = /^([A-Za-z0-9_]+) -> ([A-Za-z0-9_]+)/.exec(bare);
    if (rel) (need(rel[1]!), need(rel[2]!));
    const view = /^(container|deployment) ([A-Za-z0-9_]+)/.exec(bare);
    if (view && depth > 1) need(view[2]!, 'softwareSystem');
  });
  if (depth !== 0) found.push(`braces unbalanced by ${depth}`);
  return found;
}

const count = (dsl: string, re: RegExp) => dsl.split('\n').filter((l) => re.test(l)).length;

describe('Structurizr DSL export', () => {
  it('is checked by a reader that catches what a Structurizr parser would refuse', () => {
    expect(problems('workspace {\n  model {\n    a = container "A"\n    a -> b "uses"\n    c = containerInstance a\n    a = person "again"\n    x = thing "unquoted\n')).toEqual([
      'line 4: b used before it is declared',
      'line 6: a declared twice',
      'line 7: unbalanced quotes',
      'line 7: unknown keyword thing',
      'braces unbalanced by 2',
    ]);
  });

  it('writes a well-formed workspace for every five-guide session', () => {
    for (const runs of [fiveGuideSession(), ...otherFiveGuideSessions()]) {
      const model = mergeRuns(runs, realLibrary().catalog);
      const dsl = toStructurizr(model);
      expect(problems(dsl)).toEqual([]);
      expect(dsl).toMatch(/^workspace "Architecture: /);
      expect(count(dsl, /= person "/)).toBe(1);
      expect(count(dsl, /= containerInstance /)).toBeGreaterThan(5);
      expect(count(dsl, /= infrastructureNode "/)).toBeGreaterThan(0);
      expect(dsl).toMatch(/\n {8}container architecture "logical"/);
      expect(dsl).toMatch(/\n {8}deployment architecture "Deployment" "deployment"/);
    }
  });

  it('places the compute guide\'s tasks once, in the shared private subnet tier of the primary region', () => {
    const dsl = toStructurizr(mergeRuns(fiveGuideSession(), realLibrary().catalog));
    expect(dsl).toContain('compute_task_a = container "Fargate tasks ×3"');
    const tier = dsl.indexOf('deploymentNode "Private app subnet ×3"');
    expect(tier).toBeGreaterThan(dsl.indexOf('deploymentNode "VPC 10.0.0.0/16"'));
    expect(dsl.indexOf('instance_compute_task_a = containerInstance compute_task_a')).toBeGreaterThan(tier);
    // The plumbing is infrastructure of the deployment, not software of the logical view.
    expect(dsl).toMatch(/compute_igw = infrastructureNode "Internet gateway"/);
    expect(dsl).not.toMatch(/compute_igw = container/);
  });

  it('escapes quotes and backslashes and keeps identifiers unique', () => {
    const prov = { guide: 'g', outcome: 'o', reason: 'says "hi" \\ there', answers: [] };
    const model: Architecture = {
      version: 1, title: 'A "quoted" title', containers: [{ id: 'r', kind: 'region', label: 'Region', provenance: prov }],
      nodes: [
        { id: 'g/a-b', service: 'aws.sqs', label: 'Queue "one"', serviceName: 'Amazon SQS', provider: 'aws', category: 'messaging', parent: 'r', provenance: prov },
        { id: 'g/a_b', service: 'aws.sns', label: 'Topic', serviceName: 'Amazon SNS', provider: 'aws', category: 'messaging', parent: 'r', provenance: prov },
      ],
      edges: [{ id: 'e', from: 'g/a_b', to: 'g/a-b', style: 'async', label: 'fan "out"', provenance: prov }],
    };
    const dsl = toStructurizr(model);
    expect(problems(dsl)).toEqual([]);
    expect(dsl).toContain('g_a_b = container "Queue \\"one\\""');
    expect(dsl).toContain('g_a_b_2 = container "Topic"');
    expect(dsl).toContain('g_a_b_2 -> g_a_b "fan \\"out\\""');
  });

  it('matches the golden workspace of a small two-guide composition', () => {
    const prov = (guide: string) => ({ guide, outcome: 'o', reason: `from ${guide}`, answers: [] });
    const model = mergeParts([
      {
        guide: { id: 'web', title: 'Web' },
        model: {
          version: 1, title: 'web',
          containers: [{ id: 'r', kind: 'region', label: 'Region', provenance: prov('web') }, { id: 'v', kind: 'vpc', label: 'VPC', parent: 'r', provenance: prov('web') }],
          nodes: [
            { id: 'users', service: 'generic.users', label: 'Users', serviceName: 'Users', provider: 'generic', category: 'client', provenance: prov('web') },
            { id: 'igw', service: 'aws.internet-gateway', label: 'Internet gateway', serviceName: 'Internet gateway', provider: 'aws', category: 'networking', parent: 'v', provenance: prov('web') },
            { id: 'app', service: 'aws.lambda', label: 'Function', serviceName: 'AWS Lambda', provider: 'aws', category: 'serverless', parent: 'v', provenance: prov('web') },
          ],
          edges: [
            { id: 'e1', from: 'users', to: 'igw', label: 'HTTPS', style: 'sync', provenance: prov('web') },
            { id: 'e2', from: 'igw', to: 'app', style: 'network', provenance: prov('web') },
          ],
        },
        declarations: new Map([['users', { element: 'person', joins: 'shared' }], ['app', { element: 'container', provides: 'compute', joins: 'provider' }]]),
      },
      {
        guide: { id: 'queue', title: 'Queue' },
        model: {
          version: 1, title: 'queue', containers: [{ id: 'r', kind: 'region', label: 'Region', provenance: prov('queue') }],
          nodes: [{ id: 'q', service: 'aws.sqs', label: 'Queue', serviceName: 'Amazon SQS', provider: 'aws', category: 'messaging', parent: 'r', provenance: prov('queue') }],
          edges: [],
        },
        declarations: new Map([['q', { element: 'container', provides: 'async', joins: 'own', attaches: { to: 'compute', direction: 'in', label: 'publishes', style: 'async' } }]]),
      },
    ]);
    const golden = readFileSync(new URL('../fixtures/architecture/two-guides.dsl', import.meta.url), 'utf8');
    expect(toStructurizr(model)).toBe(golden);
    expect(problems(golden)).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeRuns, type ArchitectureRun } from '../../src/core/architecture/compose';
import { decide } from '../../src/core/guide/decide';
import { parseGuideText } from '../../src/core/guide/parse';
import { fiveGuideSession, realLibrary } from './merge-cases';

/**
 * A guide the composer has never seen (test/fixtures/compose/edge-cache.json: CloudFront in
 * front, a Redis cache behind) joins the five real guides through the declarations in its
 * diagram alone: no line of composer code knows it.
 */

function edgeCacheRun(reads: 'repeat' | 'varied'): ArchitectureRun {
  const file = new URL('../fixtures/compose/edge-cache.json', import.meta.url);
  const parsed = parseGuideText('edge-cache.json', readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed));
  const guide = parsed.value;
  const decision = decide(guide, { reads });
  if (decision.status !== 'outcome') throw new Error('the fixture guide must reach an outcome');
  return { guide, decided: { outcome: decision.outcome, answers: decision.answers, path: decision.path } };
}

const compose = (runs: ArchitectureRun[]) => composeRuns(runs, realLibrary().catalog);
const linked = (m: ReturnType<typeof compose>, from: string, to: string) => m.edges.find((e) => e.from === from && e.to === to);

describe('a new guide composed with the five real ones, from its declarations alone', () => {
  it('draws its services into the shared architecture', () => {
    const m = compose([...fiveGuideSession(), edgeCacheRun('repeat')]);
    // One set of users: the new guide's are the same shared person.
    expect(m.nodes.filter((n) => n.service === 'generic.users').map((n) => n.id)).toEqual(['@users']);
    expect(m.nodes.find((n) => n.id === '@users')!.provenance.reason).toMatch(/Edge and cache/);
    // The edge sits outside every region and forwards to the compute guide's front door.
    expect(m.nodes.find((n) => n.id === 'edge-cache/cdn')!.parent).toBeUndefined();
    expect(linked(m, '@users', 'edge-cache/cdn')).toBeDefined();
    expect(linked(m, 'edge-cache/cdn', 'compute/alb-a')).toMatchObject({ label: 'forwards misses', style: 'sync' });
    // Its stand-in for the application is the compute guide's tasks, AZ by AZ: they read through the cache.
    expect(m.nodes.some((n) => n.id === 'edge-cache/origin')).toBe(false);
    expect(linked(m, 'compute/task-a', 'edge-cache/cache')?.label).toBe('reads through');
    // The cache lands in the shared VPC's first AZ, in its data tier.
    expect(m.nodes.find((n) => n.id === 'edge-cache/cache')!.parent).toBe('@region-1/vpc/az-a/data');
  });

  it('keeps everything the five guides drew, and the new guide\'s provenance on its elements', () => {
    const five = compose(fiveGuideSession());
    const six = compose([...fiveGuideSession(), edgeCacheRun('repeat')]);
    const ids = (m: typeof five) => new Set(m.nodes.map((n) => n.id));
    for (const id of ids(five)) expect(ids(six).has(id), id).toBe(true);
    const added = six.nodes.filter((n) => !ids(five).has(n.id));
    expect(added.map((n) => n.id).sort()).toEqual(['edge-cache/cache', 'edge-cache/cdn']);
    for (const x of [...added, ...six.edges.filter((e) => e.id.startsWith('edge-cache/'))]) {
      expect(x.provenance.guide).toBe('edge-cache');
      expect(x.provenance.answers.map((a) => a.question)).toContain('reads');
    }
  });

  it('wires the edge to whatever entry the session has, and keeps its stand-in when no guide draws the application', () => {
    const alone = compose([edgeCacheRun('repeat')]);
    expect(alone.nodes.map((n) => n.id)).toContain('edge-cache/origin');
    expect(alone.edges.some((e) => e.from === 'edge-cache/cdn')).toBe(false);
    const computeOnly = compose([fiveGuideSession()[0]!, edgeCacheRun('varied')]);
    // The compute guide's load balancer is the front door: one node in each AZ's public subnet.
    expect(computeOnly.edges.filter((e) => e.from === 'edge-cache/cdn').map((e) => e.to)).toEqual(['compute/alb-a', 'compute/alb-b', 'compute/alb-c']);
  });

  it('refuses a stand-in that does not say what it stands for, naming the node', () => {
    const text = readFileSync(new URL('../fixtures/compose/edge-cache.json', import.meta.url), 'utf8')
      .replace('"compose": { "provides": "compute", "joins": "replaceable" }', '"compose": { "joins": "replaceable" }');
    const parsed = parseGuideText('edge-cache.json', text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([expect.objectContaining({ path: 'outcomes[0].diagram.nodes[2].compose.provides', message: expect.stringMatching(/add "provides"/) })]);
  });
});

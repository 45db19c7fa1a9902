import { describe, expect, it } from 'vitest';
import { composeRuns, type ArchitectureRun } from '../../src/core/architecture/compose';
import type { Architecture } from '../../src/core/architecture/model';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { layoutArchitecture } from '../../src/core/layout/elk-layout';
import { createNodeElk } from '../../src/node/elk';
import { exportFile } from '../../src/node/export-file';
import { parseXml } from '../export/xml-tree';
import { realLibrary, runTo } from './merge-cases';

/**
 * The design doc's path from the user to the database, composed from five guides that each
 * decide one layer (issue 13): CloudFront at the edge, the load-balancer guide's ALB as the one
 * front door, the compute guide's tasks, a Valkey cache beside them and Aurora behind them.
 * Only the guides' `compose` declarations join them.
 */

function session(): ArchitectureRun[] {
  return [
    runTo('compute', 'ecs-fargate', { workloadShape: 'web-service' }),
    runTo('database', 'aurora', { lambdaClients: 'no' }),
    runTo('load-balancer', 'alb'),
    runTo('edge', 'cloudfront-cache'),
    runTo('caching-strategy', 'cache-aside-valkey'),
  ];
}

const compose = () => composeRuns(session(), realLibrary().catalog);
const outOf = (m: Architecture, from: string) => m.edges.filter((e) => e.from === from).map((e) => e.to).sort();
const byService = (m: Architecture, service: string) => m.nodes.filter((n) => n.service === service);

describe('edge, load balancer, compute, cache and database composed into one architecture', () => {
  it('draws one front door: users reach CloudFront, CloudFront the load-balancer guide\'s ALB, the ALB every AZ\'s tasks', () => {
    const m = compose();
    expect(byService(m, 'aws.alb').map((n) => n.id)).toEqual(['load-balancer/alb']);
    expect(byService(m, 'aws.cloudfront').map((n) => n.id)).toEqual(['edge/cdn']);
    expect(outOf(m, '@users')).toEqual(['edge/cdn']);
    expect(outOf(m, 'edge/cdn')).toContain('load-balancer/alb');
    expect(outOf(m, 'load-balancer/alb')).toEqual(['compute/task-a', 'compute/task-b', 'compute/task-c']);
  });

  it('keeps one application and one database: the other guides\' stand-ins are replaced by the compute and database guides\' elements', () => {
    const m = compose();
    expect(m.nodes.filter((n) => n.service === 'generic.service')).toEqual([]);
    expect(byService(m, 'aws.aurora').length).toBeGreaterThan(0);
    expect(byService(m, 'aws.rds')).toEqual([]);
    const cache = byService(m, 'aws.elasticache-valkey');
    expect(cache).toHaveLength(1);
    // The tasks read through the cache, and still reach the database.
    expect(m.edges.some((e) => e.from.startsWith('compute/task-') && e.to === cache[0]!.id)).toBe(true);
    expect(m.edges.some((e) => e.from.startsWith('compute/task-') && e.to.startsWith('database/'))).toBe(true);
  });

  it('lays out and exports as SVG, PNG and PDF with every service drawn', async () => {
    const m = compose();
    const runs = session();
    const input = {
      model: m,
      layout: await layoutArchitecture(m, createNodeElk()),
      recommendations: runs.map((r) => buildRecommendation(r.guide, realLibrary().catalog, r.decided)),
      theme: 'light' as const,
      date: '2026-11-29',
      baseName: 'front-to-back',
    };
    const svg = parseXml((await exportFile('svg', input)) as string);
    const drawn = new Set<string>();
    const visit = (e: ReturnType<typeof parseXml>) => {
      if (e.attrs.class === 'node' && e.attrs['data-id']) drawn.add(e.attrs['data-id']);
      e.children.forEach(visit);
    };
    visit(svg);
    expect([...drawn].sort()).toEqual(m.nodes.map((n) => n.id).sort());
    const png = (await exportFile('png', input)) as Uint8Array;
    expect(png.byteLength).toBeGreaterThan(10_000);
    const pdf = (await exportFile('pdf', input)) as Uint8Array;
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
  }, 120_000);
});

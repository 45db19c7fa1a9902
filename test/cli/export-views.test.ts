import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArchitectureJson } from '../../src/core/export/json';
import { findAll, parseXml } from '../export/xml-tree';
import { cli, REPO } from './helpers';

/** `archtree export --view`: each view of the composed five-guide session, and the Structurizr workspace holding both. */

const SESSION = join(REPO, 'test/fixtures/architecture/five-guides.archtree.json');
const SLOW = 120_000;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'archtree-views-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function write(format: string, ...extra: string[]): Promise<string> {
  const file = join(dir, `${format}-${extra.join('-') || 'full'}.out`);
  const r = await cli('export', '--session', SESSION, '--format', format, '-o', file, ...extra);
  expect(r.err).toEqual([]);
  expect(r.code).toBe(0);
  return readFileSync(file, 'utf8');
}

describe('archtree export --view', () => {
  it('draws the logical view without boxes and the deployment view with one AZ box', async () => {
    const logical = parseArchitectureJson(await write('json', '--view', 'logical'));
    const deployment = parseArchitectureJson(await write('json', '--view', 'deployment'));
    const full = parseArchitectureJson(await write('json'));
    if (!logical.ok || !deployment.ok || !full.ok) throw new Error('an export did not re-import');
    expect(logical.value.containers).toEqual([]);
    expect(deployment.value.containers.filter((c) => c.kind === 'az')).toHaveLength(1);
    expect(full.value.containers.filter((c) => c.kind === 'az')).toHaveLength(3);
    expect(logical.value.nodes.length).toBeLessThan(full.value.nodes.length);
    // The SVG of a view is drawn from that view: every one of its services, no box.
    const svg = parseXml(await write('svg', '--view', 'logical'));
    const drawn = findAll(svg, (e) => e.attrs.class === 'node').map((e) => e.attrs['data-id']).sort();
    expect(drawn).toEqual(logical.value.nodes.map((n) => n.id).sort());
    expect(findAll(svg, (e) => (e.attrs.class ?? '').startsWith('container'))).toEqual([]);
  }, SLOW);

  it('writes a Structurizr workspace with both views', async () => {
    const dsl = await write('structurizr');
    expect(dsl).toMatch(/^workspace "Architecture: Compute platform/);
    expect(dsl).toContain('container architecture "logical"');
    expect(dsl).toContain('deployment architecture "Deployment" "deployment"');
  }, SLOW);

  it('names the allowed views when given another', async () => {
    const r = await cli('export', '--session', SESSION, '--format', 'svg', '--view', 'physical', '-o', join(dir, 'x.svg'));
    expect(r.code).toBe(2);
    expect(r.err).toEqual(['archtree: export: --view "physical" is not one of logical, deployment, full']);
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseXml } from '../export/xml-tree';
import { cli } from './helpers';

/** `archtree decide` prints an outcome's charts as tables; `export --chart` writes one as SVG or PNG. */

let dir: string;
let answers: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'archtree-chart-'));
  answers = join(dir, 'slo.json');
  writeFileSync(answers, JSON.stringify({ sloTarget: 99.9, windowDays: 30, serviceKind: 'user-facing', requestsPerHour: 50_000 }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('charts in the CLI', () => {
  it('decide prints the chart as a table with its id, first and last rows included', async () => {
    const r = await cli('decide', 'slo-alerting', '--answers', answers);
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    expect(text).toContain('Charts\n  How fast each burn rate spends the error budget [budget-burn]');
    expect(text).toMatch(/\n {4}0 +100 % +100 % +100 %\n/);
    expect(text).toMatch(/\n {4}120 +0 % +0 % +83\.33 %\n/);
  });

  it('export --chart writes the SVG and a 2× PNG of that chart', async () => {
    const svgFile = join(dir, 'burn.svg');
    const r = await cli('export', 'slo-alerting', '--answers', answers, '--format', 'svg', '--chart', 'budget-burn', '-o', svgFile);
    expect(r.err).toEqual([]);
    expect(r.out).toEqual([expect.stringMatching(/^wrote .*burn\.svg \(chart "How fast each burn rate spends the error budget", /)]);
    expect(parseXml(readFileSync(svgFile, 'utf8')).tag).toBe('svg');

    const pngFile = join(dir, 'burn.png');
    expect((await cli('export', 'slo-alerting', '--answers', answers, '--format', 'png', '--scale', '2', '--chart', 'budget-burn', '-o', pngFile)).code).toBe(0);
    const png = PNG.sync.read(readFileSync(pngFile));
    expect([png.width, png.height]).toEqual([1440, 800]);
  });

  it.each([
    [['--format', 'svg', '--chart', 'burn'], 'export: no chart "burn"; this outcome has budget-burn'],
    [['--format', 'drawio', '--chart', 'budget-burn'], 'export: --chart writes svg or png, not drawio'],
  ])('names the mistake and writes nothing: %j', async (args, message) => {
    const file = join(dir, 'nothing.out');
    const r = await cli('export', 'slo-alerting', '--answers', answers, ...args, '-o', file);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`archtree: ${message}`]);
    expect(existsSync(file)).toBe(false);
  });

  it('an outcome without charts says so', async () => {
    const r = await cli('export', 'slo-alerting', '-a', 'sloTarget=99', '-a', 'windowDays=30', '-a', 'serviceKind=internal-batch', '--format', 'svg', '--chart', 'budget-burn', '-o', join(dir, 'x.svg'));
    expect(r.err).toEqual(['archtree: export: --chart "budget-burn": the outcome these answers reach has no charts']);
  });
});

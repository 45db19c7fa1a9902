import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArchitectureJson } from '../../src/core/export/json';
import { extractPdf } from '../export/pdf-extract';
import { parseXml } from '../export/xml-tree';
import { cli, REPO } from './helpers';

/**
 * The failing inputs of issue 16 that the CLI reaches, kept as tests: the compute guide's
 * most common outcome as PNG and PDF (1), a Japanese label in PNG and PDF (7), a session
 * saved with a byte-order mark and CRLF, and the architecture JSON opened again (9); and
 * answers files for several guides.
 */

const SLOW = 120_000;
const LAMBDA = ['workloadShape=event-driven', 'taskMinutes=5', 'memoryMb=512', 'utilisation=10', 'peakConcurrency=20', 'callerWaits=background', 'privateAccess=none'];
const answerFlags = (pairs: string[]) => pairs.flatMap((p) => ['--answer', p]);
const SESSION = join(REPO, 'test/fixtures/architecture/five-guides.archtree.json');

let dir: string;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'archtree-inputs-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const out = (name: string) => join(dir, name);

describe('input 1: Lambda for background events exports as PNG and PDF', () => {
  it('writes the PNG (exit 0) with the whole title inside the canvas', async () => {
    const r = await cli('export', 'compute', ...answerFlags(LAMBDA), '--format', 'png', '-o', out('x.png'));
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    await cli('export', 'compute', ...answerFlags(LAMBDA), '--format', 'svg', '-o', out('x.svg'));
    const svg = parseXml(readFileSync(out('x.svg'), 'utf8'));
    const png = PNG.sync.read(readFileSync(out('x.png')));
    expect([png.width, png.height]).toEqual([Number(svg.attrs.width), Number(svg.attrs.height)]);
    // The title's last word is drawn: ink in the title band's right half.
    let ink = 0;
    for (let y = 8; y < 40; y++) for (let x = Math.floor(png.width / 2); x < png.width; x++) if (png.data[(y * png.width + x) * 4]! < 128) ink++;
    expect(ink).toBeGreaterThan(50);
  }, SLOW);

  it('writes the PDF, its title as text', async () => {
    const r = await cli('export', 'compute', ...answerFlags(LAMBDA), '--format', 'pdf', '-o', out('x.pdf'));
    expect(r.code).toBe(0);
    const pages = await extractPdf(new Uint8Array(readFileSync(out('x.pdf'))));
    expect(pages[0]!.text.replace(/\s+/g, ' ')).toContain('Compute platform: Lambda, ECS, EKS or Fargate: AWS Lambda functions');
  }, SLOW);
});

/** An exported architecture with one label changed, written as the app would save it. */
async function architectureWith(label: string, name: string): Promise<string> {
  const json = out(`${name}.json`);
  expect((await cli('export', 'compute', ...answerFlags(LAMBDA), '--format', 'json', '-o', json)).code).toBe(0);
  const file = JSON.parse(readFileSync(json, 'utf8'));
  file.architecture.nodes[0].label = label;
  writeFileSync(json, JSON.stringify(file, null, 2));
  return json;
}

describe('input 7: a Japanese label is drawn and reads back', () => {
  it('draws real glyphs in the PNG: two different labels give different pixels', async () => {
    const images: PNG[] = [];
    for (const [label, name] of [['注文サービス', 'order'], ['配送サービス', 'delivery']] as const) {
      const json = await architectureWith(label, name);
      expect((await cli('export', '--from', json, '--format', 'png', '-o', out(`${name}.png`))).code).toBe(0);
      images.push(PNG.sync.read(readFileSync(out(`${name}.png`))));
    }
    const [a, b] = images as [PNG, PNG];
    expect([a.width, a.height]).toEqual([b.width, b.height]);
    let differ = 0;
    for (let i = 0; i < a.data.length; i += 4) if (a.data[i] !== b.data[i]) differ++;
    // Missing-glyph boxes would look alike; the first two characters differ in every stroke.
    expect(differ).toBeGreaterThan(100);
  }, SLOW);

  it('sets the label in the PDF as text that extracts as written', async () => {
    const json = await architectureWith('注文サービス', 'order-pdf');
    expect((await cli('export', '--from', json, '--format', 'pdf', '-o', out('order.pdf'))).code).toBe(0);
    const pages = await extractPdf(new Uint8Array(readFileSync(out('order.pdf'))));
    expect(pages[0]!.text).toContain('注文サービス');
    expect(pages.map((p) => p.text).join('')).not.toContain('??????');
  }, SLOW);
});

describe('input 9: what Archtree writes, it reads back', () => {
  it('accepts a session saved with a byte-order mark and CRLF line ends', async () => {
    const bom = out('bom.archtree.json');
    writeFileSync(bom, '\uFEFF' + readFileSync(SESSION, 'utf8').replace(/\n/g, '\r\n'));
    const r = await cli('export', '--session', bom, '--format', 'mermaid', '-o', out('bom.mmd'));
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
  }, SLOW);

  it('opens the architecture JSON that --format json writes, and writes it again unchanged', async () => {
    const first = out('arch.json');
    expect((await cli('export', 'compute', ...answerFlags(LAMBDA), '--format', 'json', '-o', first)).code).toBe(0);
    const crlf = out('arch-crlf.json');
    writeFileSync(crlf, '\uFEFF' + readFileSync(first, 'utf8').replace(/\n/g, '\r\n'));
    const again = out('again.json');
    const r = await cli('export', '--from', crlf, '--format', 'json', '-o', again);
    expect(r.err).toEqual([]);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(first, 'utf8'));
    const adr = out('again.md');
    expect((await cli('export', '--from', first, '--format', 'adr', '-o', adr)).code).toBe(0);
    expect(readFileSync(adr, 'utf8')).toContain('| Does anyone wait for the result? |');
    expect(parseArchitectureJson(readFileSync(again, 'utf8')).ok).toBe(true);
  }, SLOW);

  it('says what is wrong with a file that is neither', async () => {
    const bad = out('bad.json');
    writeFileSync(bad, '{"format":"archtree.architecture","version":1,"architecture":{"version":1,"title":"t","containers":[],"nodes":[{"id":"a"}],"edges":[]}}');
    const r = await cli('export', '--from', bad, '--format', 'svg', '-o', out('bad.svg'));
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/^archtree: export: .*bad\.json: architecture\.nodes\.0\./);
  });
});

describe('answers files for several guides', () => {
  const file = (name: string, text: string) => {
    writeFileSync(out(name), text);
    return out(name);
  };

  it('reads one JSON file with a section per guide; answers this path does not ask are noted, not fatal', async () => {
    const answers = file('answers.json', JSON.stringify({
      compute: { workloadShape: 'event-driven', taskMinutes: 5, memoryMb: 512, utilisation: 10, peakConcurrency: 20, callerWaits: 'background', privateAccess: 'none', platform: 'kubernetes' },
      messaging: { pattern: 'work-queue', consumerCompute: 'lambda', ordering: 'any-order' },
    }));
    const compute = await cli('decide', 'compute', '--answers', answers);
    expect(compute.code).toBe(0);
    expect(compute.out[0]).toBe('Compute platform: Lambda, ECS, EKS or Fargate: AWS Lambda functions');
    expect(compute.err).toEqual(['archtree: decide: ignored platform (not asked on this path); --strict makes this an error']);
    const messaging = await cli('decide', 'messaging', '--answers', answers);
    expect(messaging.code).toBe(0);
    expect(messaging.err).toEqual([]);
  });

  it('keeps the old behaviour with --strict', async () => {
    const answers = file('strict.json', JSON.stringify({ compute: Object.fromEntries([...LAMBDA, 'platform=kubernetes'].map((p) => p.split('='))) }));
    const r = await cli('decide', 'compute', '--answers', answers, '--strict');
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/^archtree: platform is not asked on this path/);
  });

  it('reads YAML, lets --answer win, and exports from it', async () => {
    const others = LAMBDA.filter((p) => !p.startsWith('callerWaits='));
    const yaml = file('answers.yaml', ['# shared by the design doc', 'compute:', ...others.map((p) => `  ${p.replace('=', ': ')}`), '  callerWaits: waits', ''].join('\n'));
    const r = await cli('export', 'compute', '--answers', yaml, '--answer', 'callerWaits=background', '--format', 'mermaid', '-o', out('yaml.mmd'));
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(readFileSync(out('yaml.mmd'), 'utf8')).toContain('AWS Lambda functions');
  }, SLOW);

  it('reports a flat file\'s answers for other guides as ignored', async () => {
    const flat = file('flat.json', JSON.stringify({ ...Object.fromEntries(LAMBDA.map((p) => p.split('='))), pattern: 'work-queue' }));
    const r = await cli('decide', 'compute', '--answers', flat);
    expect(r.code).toBe(0);
    expect(r.err).toEqual(['archtree: decide: ignored pattern (guide compute has no such question); --strict makes this an error']);
  });

  it('names a section whose guide does not exist, with the nearest guide id; fatal only with --strict', async () => {
    const answers = file('typo.json', JSON.stringify({
      compute: Object.fromEntries(LAMBDA.map((p) => p.split('='))),
      messagng: { pattern: 'work-queue' },
    }));
    const r = await cli('decide', 'compute', '--answers', answers);
    expect(r.code).toBe(0);
    expect(r.err).toEqual(['archtree: decide: ignored section "messagng" (no guide has that id; did you mean messaging?); --strict makes this an error']);
    const strict = await cli('decide', 'compute', '--answers', answers, '--strict');
    expect(strict.code).toBe(2);
    expect(strict.err).toEqual([`archtree: decide: ${answers}: section "messagng" names no guide; did you mean messaging?`]);
  });

  it('suggests the nearest question for a mistyped question id, in a flag and in a file', async () => {
    const flag = await cli('decide', 'messaging', '--answer', 'pattern=work-queue', '--answer', 'peakMsp=2500');
    expect(flag.code).toBe(2);
    expect(flag.err[0]).toMatch(/^archtree: unknown question "peakMsp" in guide messaging; did you mean peakMps\?; questions: pattern, /);
    const answers = file('question-typo.json', JSON.stringify({ compute: { ...Object.fromEntries(LAMBDA.map((p) => p.split('='))), callerWait: 'waits' } }));
    const r = await cli('decide', 'compute', '--answers', answers);
    expect(r.code).toBe(0);
    expect(r.err).toEqual(['archtree: decide: ignored callerWait (guide compute has no such question; did you mean callerWaits?); --strict makes this an error']);
    const strict = await cli('decide', 'compute', '--answers', answers, '--strict');
    expect(strict.code).toBe(2);
    expect(strict.err[0]).toBe(`archtree: decide: ${answers}: unknown question "callerWait" in guide compute; did you mean callerWaits?; questions: ${strict.err[0]!.split('questions: ')[1]}`);
  });

  it('suggests the nearest guide for a mistyped guide id', async () => {
    const r = await cli('decide', 'computee');
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/^archtree: unknown guide "computee"; did you mean compute\?; known guides: /);
  });

  it.each([
    ['broken.json', '{ "compute": ', /is not valid JSON/],
    ['list.json', '[1, 2]', /must hold an object of answers/],
    ['deep.json', '{ "compute": { "taskMinutes": [5] } }', /compute\.taskMinutes must be a string, number or boolean/],
    ['bad.yaml', 'compute: [unclosed', /is not valid YAML/],
  ])('names the problem in %s', async (name, text, message) => {
    const r = await cli('decide', 'compute', '--answers', file(name, text));
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(message);
  });
});

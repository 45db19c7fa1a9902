import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, FORMAT_INFO } from '../../src/core/architecture/export-formats';
import { parseArchitectureJson } from '../../src/core/export/json';
import { loadLibrary } from '../../src/core/library';
import { readTrees } from '../../src/node/read-trees';
import { extractPdf } from '../export/pdf-extract';
import { findAll, parseXml } from '../export/xml-tree';
import { cli, REPO } from './helpers';
import { installFakeDom } from '../helpers/fake-dom';

/**
 * `archtree export`: every format written for a saved five-guide session and for one guide's
 * answers, each file opened the way its tool would (XML parsers, the real Mermaid parser, a
 * PNG decoder, a PDF reader, Archtree's own JSON import), and every mistake one line, exit 2.
 */

const SESSION = join(REPO, 'test/fixtures/architecture/five-guides.archtree.json');
const QUEUE = ['messaging', '-a', 'pattern=work-queue', '-a', 'consumerCompute=lambda', '-a', 'ordering=any-order'];
/** ELK lays out each export in-process; on a busy 2-core machine that takes seconds. */
const SLOW = 120_000;

let dir: string;
type Mermaid = { parse(text: string): Promise<{ diagramType: string } | false> };
let mermaid: Mermaid;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'archtree-export-'));
  await installFakeDom();
  mermaid = (await import('mermaid')).default as unknown as Mermaid;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const out = (name: string) => join(dir, name);

describe('archtree export --session: the merged five-guide architecture in every format', () => {
  const files: Record<string, Buffer> = {};
  beforeAll(async () => {
    for (const format of EXPORT_FORMATS) {
      const r = await cli('export', '--session', SESSION, '--format', format, '-o', out(`five.${format}`), '--provider', 'gcp');
      expect(r.err, format).toEqual([]);
      expect(r.code, format).toBe(0);
      // The record's linked diagram is written beside it first.
      const written = format === 'adr' ? ['svg', 'png', 'adr'] : [format];
      expect(r.out).toEqual(written.map((f) => expect.stringMatching(new RegExp(`^wrote .*five\\.${f} \\(`))));
      files[format] = readFileSync(out(`five.${format}`));
    }
  }, SLOW * 3);

  it('writes an SVG that parses, with every service of the merged model', () => {
    const svg = parseXml(files.svg!.toString('utf8'));
    const model = parseArchitectureJson(files.json!.toString('utf8'));
    if (!model.ok) throw new Error(model.message);
    const drawn = findAll(svg, (e) => e.attrs.class === 'node').map((e) => e.attrs['data-id']);
    expect(drawn.sort()).toEqual(model.value.nodes.map((n) => n.id).sort());
    expect(model.value.nodes.length).toBeGreaterThanOrEqual(30);
  });

  it('writes the JSON model, which re-imports with one shared VPC and its GCP equivalents', () => {
    const model = parseArchitectureJson(files.json!.toString('utf8'));
    if (!model.ok) throw new Error(model.message);
    expect(model.value.containers.filter((c) => c.kind === 'vpc' && c.id.startsWith('@'))).toHaveLength(1);
    const queue = model.value.nodes.find((n) => n.id === 'messaging/queue')!;
    expect(queue).toMatchObject({ service: 'gcp.pubsub', provenance: { originalService: 'aws.sqs', guide: 'messaging' } });
    expect(model.value.title).toMatch(/\(on Google Cloud\)$/);
  });

  it('writes draw.io XML with containers as parent cells', () => {
    const drawio = parseXml(files.drawio!.toString('utf8'));
    expect(drawio.tag).toBe('mxfile');
    const objects = findAll(drawio, (e) => e.tag === 'UserObject');
    const ids = new Set(objects.map((o) => o.attrs.id));
    const cells = objects.map((o) => o.children.find((c) => c.tag === 'mxCell')!);
    expect(cells.some((c) => ids.has(c.attrs.parent!))).toBe(true);
  });

  it('writes Mermaid that mermaid itself parses', async () => {
    await expect(mermaid.parse(files.mermaid!.toString('utf8'))).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  });

  it('writes a PNG of the diagram, not blank', () => {
    const png = PNG.sync.read(files.png!);
    const svg = parseXml(files.svg!.toString('utf8'));
    expect([png.width, png.height]).toEqual([Number(svg.attrs.width), Number(svg.attrs.height)]);
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 101) colours.add(png.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(20);
  });

  it('writes a PDF: the diagram on page one as vectors, the decision record after it', async () => {
    const pages = await extractPdf(new Uint8Array(files.pdf!));
    expect(files.pdf!.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(files.pdf!.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
    const model = parseArchitectureJson(files.json!.toString('utf8'));
    if (!model.ok) throw new Error(model.message);
    // Labels are wrapped onto lines in the drawing; each one's first word is on page one.
    const firstWords = model.value.nodes.map((n) => n.label.split(' ')[0]!);
    expect(firstWords.filter((w) => !pages[0]!.text.includes(w))).toEqual([]);
    expect(pages.slice(1).map((p) => p.text).join(' ')).toContain('Alternatives considered');
  });

  it('writes a decision record naming all five decisions', () => {
    const adr = files.adr!.toString('utf8');
    for (const h of ['# ADR: ', '## Context', '## Decision', '## Consequences', '## Alternatives considered', '## Facts cited', '## Diagram']) expect(adr).toContain(h);
    for (const guide of ['Compute platform', 'Database', 'Messaging backbone', 'Disaster recovery strategy', 'VPC connectivity']) expect(adr).toContain(`### ${guide}`);
    expect(adr).toContain('[Diagram as PNG](<five.png>)');
  });
});

describe('archtree export <guide>: one guide\'s outcome', () => {
  it('writes the SVG, dark theme, on Azure', async () => {
    const r = await cli('export', ...QUEUE, '--format', 'svg', '-o', out('queue.svg'), '--theme', 'dark', '--provider', 'azure');
    expect(r.code).toBe(0);
    const svg = parseXml(readFileSync(out('queue.svg'), 'utf8'));
    expect(findAll(svg, (e) => e.attrs['data-service'] === 'azure.service-bus').length).toBeGreaterThan(0);
    expect(findAll(svg, (e) => e.attrs.id === 'background')).toHaveLength(1);
  }, SLOW);

  it('writes a PNG at 2×', async () => {
    expect((await cli('export', ...QUEUE, '--format', 'svg', '-o', out('q1.svg'))).code).toBe(0);
    expect((await cli('export', ...QUEUE, '--format', 'png', '--scale', '2', '-o', out('q2.png'))).code).toBe(0);
    const svg = parseXml(readFileSync(out('q1.svg'), 'utf8'));
    const png = PNG.sync.read(readFileSync(out('q2.png')));
    expect([png.width, png.height]).toEqual([Number(svg.attrs.width) * 2, Number(svg.attrs.height) * 2]);
  }, SLOW);

  it('replaces an existing file whole and leaves no temp file behind', async () => {
    writeFileSync(out('replace.mmd'), 'old content');
    const r = await cli('export', ...QUEUE, '--format', 'mermaid', '-o', out('replace.mmd'));
    expect(r.code).toBe(0);
    expect(readFileSync(out('replace.mmd'), 'utf8')).toMatch(/^---\ntitle: "Messaging backbone: SQS Standard/);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});

describe('archtree export: mistakes are one line on stderr, exit 2, nothing written', () => {
  it.each([
    [['messaging', '--format', 'svg'], 'archtree: export: where to? give -o <file>, e.g. -o architecture.svg'],
    [['messaging', '-o', 'x.svg'], `archtree: export: which format? give --format ${EXPORT_FORMATS.join(', ')}`],
    [['messaging', '--format', 'gif', '-o', 'x.gif'], `archtree: export: unknown format "gif"; formats: ${EXPORT_FORMATS.join(', ')}`],
    [['--format', 'svg', '-o', 'x.svg'], 'archtree: export: which guide? give a guide id, or --from <file>; see archtree export --help'],
    [[...QUEUE, '--format', 'png', '--scale', '3', '-o', 'x.png'], 'archtree: export: --scale "3" is not one of 1, 2'],
    [[...QUEUE, '--format', 'svg', '--theme', 'neon', '-o', 'x.svg'], 'archtree: export: --theme "neon" is not one of light, dark, transparent'],
    [[...QUEUE, '--format', 'svg', '--provider', 'oracle', '-o', 'x.svg'], 'archtree: export: --provider "oracle" is not one of aws, gcp, azure'],
    [['nope', '--format', 'svg', '-o', 'x.svg'], `archtree: unknown guide "nope"; known guides: ${loadLibrary(readTrees()).guides.map((g) => g.id).join(', ')}`],
    [['messaging', '--session', SESSION, '--format', 'svg', '-o', 'x.svg'], 'archtree: export: give a guide or --from <file>, not both'],
    [['--session', join(REPO, 'no-such.archtree.json'), '--format', 'svg', '-o', 'x.svg'], 'archtree: export: cannot read ' + join(REPO, 'no-such.archtree.json') + ' (ENOENT)'],
    [['--session', join(REPO, 'package.json'), '--format', 'svg', '-o', 'x.svg'], `archtree: export: ${join(REPO, 'package.json')}: The file is not an Archtree session (it has no "format": "archtree.session").`],
  ])('%j', async (args, line) => {
    const target = join(dir, 'never');
    const r = await cli('export', ...args.map((a) => (a.startsWith('x.') ? join(target, a) : a)));
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([line]);
    expect(r.code).toBe(2);
    expect(existsSync(target)).toBe(false);
  });

  it('stops with exit 3 when the answers end before an outcome, naming the next question', async () => {
    const r = await cli('export', 'messaging', '-a', 'pattern=work-queue', '--format', 'svg', '-o', join(dir, 'never', 'x.svg'));
    expect(r.err).toEqual(['archtree: export: answers incomplete; next question is consumerCompute ("What will process the messages?"): one of: lambda, containers']);
    expect(r.code).toBe(3);
  });

  it('says when the file cannot be written, and leaves nothing', async () => {
    const r = await cli('export', ...QUEUE, '--format', 'json', '-o', join(dir, 'missing-folder', 'a.json'));
    expect(r.err).toEqual([`archtree: export: cannot write ${join(dir, 'missing-folder', 'a.json')}: the folder ${join(dir, 'missing-folder')} does not exist; nothing was written`]);
    expect(r.code).toBe(2);
  });

  // A folder path used to become a file named after the folder, with <folder>.svg/.png beside its parent.
  it.each(EXPORT_FORMATS)('refuses -o naming a folder (%s): a trailing slash, or a folder that exists, and writes nothing', async (format) => {
    const parent = mkdtempSync(join(dir, `folder-${format}-`));
    const ext = FORMAT_INFO[format].extension;
    const newFolder = `${join(parent, 'new-folder')}/`;
    const a = await cli('export', ...QUEUE, '--format', format, '-o', newFolder);
    expect(a.err).toEqual([`archtree: export: -o ${newFolder} names a folder, not a file; give a file name such as ${join(newFolder, `architecture.${ext}`)}; nothing was written`]);
    expect(a.code).toBe(2);
    const existing = join(parent, 'existing');
    mkdirSync(existing);
    const b = await cli('export', ...QUEUE, '--format', format, '-o', existing);
    expect(b.err).toEqual([`archtree: export: -o ${existing} names a folder, not a file; give a file name such as ${join(existing, `architecture.${ext}`)}; nothing was written`]);
    expect(b.code).toBe(2);
    expect([...a.out, ...b.out]).toEqual([]);
    expect(readdirSync(parent)).toEqual(['existing']);
    expect(readdirSync(existing)).toEqual([]);
  });

  it('refuses a folder for --chart too', async () => {
    const r = await cli('export', 'slo-alerting', '-a', 'sloTarget=99.9', '-a', 'windowDays=30', '-a', 'serviceKind=user-facing', '-a', 'requestsPerHour=50000',
      '--chart', 'budget-burn', '--format', 'svg', '-o', `${dir}/`);
    expect(r.err).toEqual([`archtree: export: -o ${dir}/ names a folder, not a file; give a file name such as ${join(dir, 'architecture.svg')}; nothing was written`]);
    expect(r.code).toBe(2);
  });

  it('has help, and is listed in the overview', async () => {
    const help = await cli('export', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('archtree export --from <file> --format <format> -o <file>');
    expect((await cli('--help')).stdout).toMatch(/export <guide> \.\.\. +write the architecture/);
  });
});

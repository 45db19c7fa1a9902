import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { extractPdf } from '../export/pdf-extract';
import { cli } from './helpers';

/**
 * The decision record as the CLI writes it: the PDF shows the outcome's policies as text,
 * and the Markdown record's diagram links point at files written beside it.
 */

const dir = mkdtempSync(join(tmpdir(), 'archtree-record-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** access-guardrails → Service control policies: two SCPs in the record. */
const SCP = ['access-guardrails', '-a', 'cloud=aws', '-a', 'goal=ceiling', '-a', 'accountCount=12'];
const SLOW = 60_000;

describe('archtree export: the decision record', () => {
  it('prints the SCPs in the PDF as extractable text, in the monospace font', async () => {
    const pdf = join(dir, 'scp.pdf');
    const r = await cli('export', ...SCP, '--format', 'pdf', '-o', pdf);
    expect(r.err).toEqual([]);
    const bytes = new Uint8Array(readFileSync(pdf));
    const text = (await extractPdf(bytes)).map((p) => p.text).join('\n');
    expect(text).toContain('"aws:RequestedRegion"');
    expect(text).toContain('"ArnNotLike"');
    expect(text).toContain('organizations:LeaveOrganization');
    expect(text).not.toContain('Code omitted');
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/JetBrainsMono-Regular/);
  }, SLOW);

  it('writes the SVG and PNG the Markdown record links, beside it', async () => {
    const adr = join(dir, 'adr', 'decision.md');
    mkdirSync(join(dir, 'adr'));
    const r = await cli('export', ...SCP, '--format', 'adr', '-o', adr);
    expect(r.code).toBe(0);
    expect(r.out.filter(Boolean).map((l) => l.replace(/ \(.*$/, ''))).toEqual([join(dir, 'adr', 'decision.svg'), join(dir, 'adr', 'decision.png'), adr].map((f) => `wrote ${f}`));
    const markdown = readFileSync(adr, 'utf8');
    expect(markdown).toContain('](<decision.svg>)');
    expect(markdown).toContain('](<decision.png>)');
    expect(readFileSync(join(dir, 'adr', 'decision.svg'), 'utf8')).toMatch(/<svg\b[\s\S]*Service control policies[\s\S]*<\/svg>\s*$/);
    const png = PNG.sync.read(readFileSync(join(dir, 'adr', 'decision.png')));
    expect(png.width).toBeGreaterThan(100);
    expect(readdirSync(join(dir, 'adr')).sort()).toEqual(['decision.md', 'decision.png', 'decision.svg']);
  }, SLOW);

  it('writes nothing when the folder is missing, and says so', async () => {
    const adr = join(dir, 'missing', 'decision.md');
    const r = await cli('export', ...SCP, '--format', 'adr', '-o', adr);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`archtree: export: cannot write ${adr}: the folder ${join(dir, 'missing')} does not exist; nothing was written`]);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  }, SLOW);
});

describe('help', () => {
  it('lists every export format, and gives decide\'s exit code for incomplete answers as 3, as it exits', async () => {
    const exportHelp = (await cli('export', '--help')).stdout;
    expect(exportHelp).toMatch(/^ {2}mermaid-architecture +\S/m);
    expect(exportHelp).toMatch(/--format <format> +svg, png, pdf, drawio, mermaid, mermaid-architecture, json, adr,\s+structurizr or d2/);
    expect((await cli('decide', '--help')).stdout).toContain('the exit code is 3');
    expect((await cli('decide', 'access-guardrails', '-a', 'cloud=aws')).code).toBe(3);
  });
});

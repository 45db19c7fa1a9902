import { describe, expect, it } from 'vitest';
import { wrapCodeLine } from '../../src/core/export/pdf-code';
import { planPdfFonts } from '../../src/core/export/pdf-font-plan';
import { pdfMarkdown } from '../../src/core/export/pdf-markdown';
import { toPdf } from '../../src/node/export-pdf';
import { extractPdf } from './pdf-extract';

/** A one-box diagram: these tests are about the record's pages. */
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="#eee"/><text x="10" y="50">Box</text></svg>';
const squash = (text: string) => text.replace(/\s+/g, '');

describe('code blocks in the PDF record', () => {
  it('reads a fenced block back as code, lines and indentation kept, closed only by a fence as long as its own', () => {
    const blocks = pdfMarkdown('## P\n\n````json\n{\n  "a": "```"\n}\n````\n\n```mermaid\nflowchart LR\n```\n');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'code', 'note']);
    expect(blocks[1]).toEqual({ kind: 'code', language: 'json', lines: ['{', '  "a": "```"', '}'] });
  });

  it('cuts a long line at a separator within the width, continuing it indented, and keeps short and blank lines', () => {
    expect(wrapCodeLine('    "Effect": "Deny",', 40)).toEqual(['    "Effect": "Deny",']);
    expect(wrapCodeLine('', 40)).toEqual(['']);
    const arn = '  "aws:PrincipalARN": "arn:aws:iam::*:role/OrganizationAccountAccessRole"';
    const pieces = wrapCodeLine(arn, 40);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => [...p].length <= 40)).toBe(true);
    expect(pieces.slice(1).every((p) => p.startsWith('    ') && !p.startsWith('     '))).toBe(true);
    expect(squash(pieces.join(''))).toBe(squash(arn));
    // No separator in reach: cut mid-token at the width.
    expect(wrapCodeLine('x'.repeat(25), 10)).toEqual(['x'.repeat(10), `  ${'x'.repeat(8)}`, `  ${'x'.repeat(7)}`]);
  });

  it('plans the monospace font only for a record with a code block other than the Mermaid one', () => {
    expect(planPdfFonts('# T\n\n```mermaid\nflowchart LR\n```\n').some((f) => f.monospace)).toBe(false);
    const planned = planPdfFonts('# T\n\n```json\n{}\n```\n');
    expect(planned[0]!.id).toBe('inter-latin');
    expect(planned.filter((f) => f.monospace).map((f) => f.id)).toEqual(['jetbrains-mono-latin']);
  });

  it('sets a long block in the embedded monospace font, wrapped, continued over pages, every line extractable', async () => {
    const lines = Array.from({ length: 140 }, (_, i) => `  "line-${i}": "arn:aws:iam::123456789012:role/${'VeryLongRoleName'.repeat(6)}-${i}",`);
    const bytes = await toPdf(SVG, `# Record\n\n\`\`\`json\n{\n${lines.join('\n')}\n}\n\`\`\`\n\nAfter the block.\n`, { title: 'Code', date: '2025-01-15' });
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/JetBrainsMono-Regular/);
    const pages = (await extractPdf(bytes)).slice(1);
    const withCode = pages.filter((p) => p.text.includes('"line-'));
    expect(withCode.length).toBeGreaterThanOrEqual(3);
    const record = squash(pages.map((p) => p.text).join(''));
    for (const line of [lines[0]!, lines[70]!, lines[139]!]) expect(record).toContain(squash(line));
    expect(record).toContain('Aftertheblock.');
    expect(record).not.toContain('Codeomitted');
  });
});

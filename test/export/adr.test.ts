import { beforeAll, describe, expect, it } from 'vitest';
import { md, toAdr } from '../../src/core/export/adr';
import { toMermaid } from '../../src/core/export/mermaid';
import { SEED_SECTIONS } from '../../src/core/guide/sections';
import { LAYOUT_TIMEOUT, expectGolden, fixtureCases, realCases, type ExportCase } from './cases';

let cases: ExportCase[] = [];
beforeAll(async () => {
  cases = [...(await fixtureCases()), ...(await realCases())];
}, LAYOUT_TIMEOUT);

const options = { date: '2025-01-15', svgFile: 'architecture diagram.svg', pngFile: 'architecture diagram.png' };

describe('toAdr', () => {
  it('records context, decision, consequences, alternatives, facts, equivalents and the diagram', () => {
    for (const c of cases) {
      const rec = c.recommendation!;
      const adr = toAdr(rec, c.model, options);
      // A guide whose outcome carries policies or configuration adds that section after the decision.
      const sections = adr.split('\n').filter((l) => l.startsWith('## ') && l !== '## Policies and configuration');
      expect(sections, c.name).toEqual([
        '## Context', '## Decision', '## Consequences', '## Alternatives considered', '## Facts cited', '## Equivalents on other clouds', '## Diagram',
      ]);
      expect(adr.startsWith(`# ADR: ${md(c.model.title)}\n`)).toBe(true);
      expect(adr).toContain('- **Status:** Proposed');
      expect(adr).toContain('- **Date:** 2025-01-15');
      for (const a of rec.answers) expect(adr, `${c.name}: answer to ${a.question}`).toContain(`| ${md(a.prompt)} | ${md(a.answer)} |`);
      expect(adr).toContain(`**Why:** ${md(rec.rationale)}`);
      for (const s of rec.services) expect(adr).toContain(`\`${s.service.id}\``);
      for (const w of rec.whyNot) expect(adr, `${c.name}: why not ${w.outcome}`).toContain(`- **${md(w.title)}**: ${md(w.text)}`);
      for (const f of rec.facts) {
        expect(adr).toContain(md(f.text));
        expect(adr).toContain(`### ${SEED_SECTIONS[f.section]}`);
      }
      for (const f of rec.figures) expect(adr).toContain(`| ${md(f.label)} | ${md(f.text)} |`);
      for (const w of rec.warnings) expect(adr).toContain(md(w));
      expect(adr).toContain('```mermaid\n' + toMermaid(c.model) + '```');
      expect(adr).toContain('](<architecture diagram.svg>)');
      expect(adr).toContain('(<architecture diagram.png>)');
    }
  });

  it('merges several recommendations into one record, each guide under its own heading', () => {
    const [tiny, web] = cases as [ExportCase, ExportCase];
    const adr = toAdr([tiny.recommendation!, web.recommendation!], web.model, { ...options, status: 'Accepted' });
    expect(adr).toContain('- **Status:** Accepted');
    expect(adr).toContain(`### ${md(tiny.recommendation!.guide.title)}: ${md(tiny.recommendation!.outcome.title)}`);
    expect(adr).toContain(`### ${md(web.recommendation!.guide.title)}: ${md(web.recommendation!.outcome.title)}`);
    expect(adr.match(/^\| Question \| Answer \|$/gm)).toHaveLength(2);
  });

  it('keeps guide text literal: no stray HTML, emphasis or broken tables', () => {
    expect(md('a <b>bold</b> *x* _y_ [link](z) &amp; 3 < 4 & 5')).toBe('a &lt;b>bold&lt;/b> \\*x\\* \\_y\\_ \\[link\\](z) &amp;amp; 3 < 4 & 5');
    const web = cases[1]!;
    const adr = toAdr(web.recommendation!, web.model, options);
    expect(adr).toContain('read replica | promote'); // a pipe in prose is fine
    for (const row of adr.split('\n').filter((l) => l.startsWith('| '))) {
      const cells = row.split(/(?<!\\)\|/).length;
      expect(cells, row).toBeGreaterThanOrEqual(4);
    }
  });

  it('matches the golden files', async () => {
    for (const c of await fixtureCases()) expectGolden(`${c.name}.adr.md`, toAdr(c.recommendation!, c.model, options));
  });
});

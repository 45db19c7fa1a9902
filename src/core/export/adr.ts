import { guideConflicts } from '../recommendation/conflicts';
import type { Architecture } from '../architecture/model';
import type { Service } from '../catalog/schema';
import { codeFence } from '../guide/artefact';
import { chartTable } from '../guide/chart';
import { SEED_SECTIONS, SEED_SECTION_IDS } from '../guide/sections';
import { policyTracesFor } from '../policy-trace/shipped';
import type { Fact } from '../guide/schema';
import type { Recommendation, ServiceWithEquivalents } from '../recommendation/types';
import { toMermaid } from './mermaid';

/**
 * A Markdown architecture decision record for a design doc: the requirements as answered,
 * the decision with its reasoning and figures, consequences, the alternatives with why each
 * lost, the facts it rests on, the cross-cloud equivalents, and the diagram.
 */

export type AdrOptions = {
  status?: 'Proposed' | 'Accepted';
  /** ISO date, e.g. 2025-03-01; passed in so the output is a pure function of its inputs */
  date: string;
  /** file names of the exported diagram, linked under the Mermaid block */
  svgFile?: string;
  pngFile?: string;
};

/**
 * Guide and user text as literal Markdown: no accidental emphasis, links, entities or HTML
 * tags, while plain text stays readable in the raw file (a lone `&` or `<` is left alone).
 */
export const md = (text: string) =>
  text
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
    .replace(/([\\`*_[\]])/g, '\\$1');
/** A table cell: one line of literal Markdown, pipes escaped. */
const cell = (text: string) => md(text.replace(/\r?\n/g, ' ')).replace(/\|/g, '\\|').trim() || ' ';
/** One line of prose. */
const t = (text: string) => md(text.replace(/\s*\r?\n\s*/g, ' '));
const table = (head: string[], rows: string[][]) => [
  `| ${head.map(cell).join(' | ')} |`,
  `| ${head.map(() => '---').join(' | ')} |`,
  ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
];

/** Why the outcome's example requests are allowed or denied, each as its numbered evaluation steps; none for outcomes without traces. */
function traceLines(rec: Recommendation, many: boolean): string[] {
  const traces = policyTracesFor(rec).filter((tr) => !tr.unavailable);
  if (!traces.length) return [];
  return [
    `### ${t(many ? `${rec.guide.title}: why a request is allowed or denied` : 'Why a request is allowed or denied')}`, '',
    'Example requests against the policies above, with the values above, step by step in AWS’s evaluation order, as the open-source IAM policy simulator from Cloud Copilot (@cloud-copilot/iam-simulate) decided them.', '',
    ...traces.flatMap((tr) => [
      `**${t(tr.title)}**: ${t(tr.summary)}`, '',
      ...tr.steps.map((s, i) => `${i + 1}. *${t(s.title)}*: ${t(s.text)}`), '',
    ]),
  ];
}

/** A link destination that survives spaces and parentheses in file names. */
const target = (file: string) => `<${file.replace(/[<>\n]/g, '')}>`;

const FACT_KINDS: Record<Fact['kind'], string> = {
  limit: 'Limit', price: 'Price', sla: 'SLA', threshold: 'Threshold', behaviour: 'Behaviour',
};

function heading(rec: Recommendation, many: boolean): string {
  return t(many ? `${rec.guide.title}: ${rec.outcome.title}` : rec.outcome.title);
}

function decision(rec: Recommendation, many: boolean): string[] {
  const lines = [`### ${heading(rec, many)}`, '', t(rec.outcome.summary), ''];
  lines.push('**Services:**', '', ...rec.services.map((s) => `- **${t(s.service.name)}** (\`${s.service.id.replace(/`/g, '')}\`)`), '');
  lines.push(`**Why:** ${t(rec.rationale)}`, '');
  if (rec.notes.length) lines.push('**Notes:**', '', ...rec.notes.map((n) => `- ${t(n)}`), '');
  if (rec.warnings.length) lines.push('**Warnings:**', '', ...rec.warnings.map((w) => `- ⚠️ ${t(w)}`), '');
  if (rec.figures.length) lines.push('**Figures:**', '', ...table(['Figure', 'Value'], rec.figures.map((f) => [f.label, f.text])), '');
  for (const chart of rec.charts ?? []) {
    const { header, rows } = chartTable(chart, ADR_CHART_ROWS);
    lines.push(`**Chart: ${t(chart.title)}.** ${t(chart.description)}`, '', ...table(header, rows), '');
  }
  return lines;
}

/** A chart in the record is a table; a long line keeps about a dozen of its points. */
const ADR_CHART_ROWS = 13;

const names = (list: Service[]) => list.map((s) => s.name).join(', ') || '—';

function equivalentRow(s: ServiceWithEquivalents): string[] {
  const own = s.service;
  const aws = own.provider === 'aws' ? own.name : (own.equivalents.aws ?? []).join(', ') || '—';
  const primary = own.provider === 'aws' || own.provider === 'gcp' || own.provider === 'azure' ? '' : ` (${own.provider})`;
  return [aws + primary, names(s.gcp), names(s.azure), s.note ?? ''];
}

/** Without the recommendations (a re-opened architecture file): the answers its elements' provenance records, per guide. */
function recordedAnswers(model: Architecture): string[] {
  const byGuide = new Map<string, Map<string, [string, string]>>();
  for (const x of [...model.containers, ...model.nodes, ...model.edges]) {
    const answers = byGuide.get(x.provenance.guide) ?? new Map<string, [string, string]>();
    for (const a of x.provenance.answers) answers.set(a.question, [a.prompt, a.answer]);
    byGuide.set(x.provenance.guide, answers);
  }
  const guides = [...byGuide].filter(([, answers]) => answers.size > 0);
  if (!guides.length) return ['- No answers are recorded in the file.', ''];
  return guides.flatMap(([guide, answers]) => [
    ...(guides.length > 1 ? [`### ${t(guide)}`, ''] : []),
    ...table(['Question', 'Answer'], [...answers.values()]),
    '',
  ]);
}

/** The decision record as Markdown. Several recommendations make one record (an architecture of several guides). */
export function toAdr(recommendations: Recommendation | Recommendation[], model: Architecture, options: AdrOptions): string {
  const recs = Array.isArray(recommendations) ? recommendations : [recommendations];
  const many = recs.length > 1;
  const lines: string[] = [`# ADR: ${t(model.title)}`, ''];
  lines.push(`- **Status:** ${options.status ?? 'Proposed'}`, `- **Date:** ${t(options.date)}`);
  const decidedWith = recs.length
    ? recs.map((r) => `Archtree guide “${t(r.guide.title)}” → ${t(r.outcome.title)}`).join('; ')
    : 'an architecture file exported by Archtree (the answers below are those recorded on its elements)';
  lines.push(`- **Decided with:** ${decidedWith}`, '');

  lines.push('## Context', '', 'The requirements, as answered:', '');
  for (const rec of recs) {
    if (many) lines.push(`### ${t(rec.guide.title)}`, '');
    lines.push(...table(['Question', 'Answer'], rec.answers.map((a) => [a.prompt, a.answer])), '');
  }
  if (!recs.length) lines.push(...recordedAnswers(model));

  lines.push('## Decision', '');
  for (const rec of recs) lines.push(...decision(rec, many));
  const conflicts = guideConflicts(recs);
  if (conflicts.length) {
    lines.push('### Where the guides disagree', '', ...conflicts.map((c) => `- ${t(c.text)}`), '');
  }
  if (!recs.length) lines.push('The file holds the architecture only: the reasoning, figures and alternatives are in the record exported beside it.', '');

  const artefacts = recs.flatMap((rec) => (rec.artefacts ?? []).map((a) => ({ rec, a })));
  if (artefacts.length) {
    lines.push('## Policies and configuration', '', 'Filled from the answers; review the values before applying them.', '');
    for (const { rec, a } of artefacts) {
      lines.push(`### ${t(many ? `${rec.guide.title}: ${a.title}` : a.title)}`, '', t(a.description), '');
      const fence = codeFence(a.text);
      lines.push(`${fence}${a.language}`, a.text, fence, '');
    }
    for (const rec of recs) lines.push(...traceLines(rec, many));
  }

  lines.push('## Consequences', '', 'What the decision puts in the architecture, and why each part is there:', '');
  for (const n of model.nodes) {
    const name = n.serviceName && n.serviceName !== n.label ? ` (${t(n.serviceName)})` : '';
    lines.push(`- **${t(n.label)}**${name}: ${t(n.provenance.reason)}`);
  }
  const differences = recs.flatMap((r) => r.services).filter((s) => s.note);
  if (differences.length) {
    lines.push('', 'Moving to another cloud changes behaviour:', '', ...differences.map((s) => `- **${t(s.service.name)}**: ${t(s.note ?? '')}`));
  }
  lines.push('');

  if (recs.length) lines.push('## Alternatives considered', '');
  for (const rec of recs) {
    if (many) lines.push(`### ${t(rec.guide.title)}`, '');
    if (rec.whyNot.length === 0) lines.push('- None: the guide has no other outcome.');
    lines.push(...rec.whyNot.map((w) => `- **${t(w.title)}**: ${t(w.text)}`), '');
  }

  lines.push('## Facts cited', '');
  const facts = new Map<string, Fact>();
  recs.flatMap((r) => r.facts).forEach((f) => facts.set(`${f.section}|${f.kind}|${f.text}`, f));
  for (const section of SEED_SECTION_IDS) {
    const inSection = [...facts.values()].filter((f) => f.section === section);
    if (!inSection.length) continue;
    lines.push(`### ${SEED_SECTIONS[section]}`, '', ...inSection.map((f) => `- *${FACT_KINDS[f.kind]}:* ${t(f.text)}`), '');
  }

  const seen = new Set<string>();
  const services = recs.flatMap((r) => r.services).filter((s) => !seen.has(s.service.id) && seen.add(s.service.id));
  if (services.length) {
    lines.push('## Equivalents on other clouds', '');
    lines.push(...table(['AWS', 'Google Cloud', 'Azure', 'Where they differ'], services.map(equivalentRow)), '');
  }

  lines.push('## Diagram', '', '```mermaid', toMermaid(model).trimEnd(), '```', '');
  const links = [
    ...(options.svgFile ? [`![${t(model.title)}](${target(options.svgFile)})`] : []),
    ...(options.pngFile ? [`[Diagram as PNG](${target(options.pngFile)})`] : []),
  ];
  if (links.length) lines.push(...links.flatMap((l) => [l, '']));
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

import type { Service } from '../core/catalog/schema';
import { codeFence, type RenderedArtefact } from '../core/guide/artefact';
import { formatAnswer, formatNumber } from '../core/guide/answers';
import { allowedValues } from '../core/guide/answer-args';
import { chartTable, type ChartData } from '../core/guide/chart';
import type { Step } from '../core/guide/decide';
import { SEED_SECTIONS } from '../core/guide/sections';
import type { Answers, Guide, Question } from '../core/guide/schema';
import type { WhyNotLine } from '../core/guide/why-not';
import type { Recommendation, ServiceWithEquivalents } from '../core/recommendation/types';

/** Plain-text views of core results for the terminal. No decisions are made here. */

export type PathEntry = { question: string; prompt: string; value: string | number; answer: string };

export function pathEntries(guide: Guide, path: Step[], answers: Answers): PathEntry[] {
  return path.flatMap((step) => {
    const question = guide.questions.find((q) => q.id === step.question);
    const value = answers[step.question];
    return question && value !== undefined
      ? [{ question: question.id, prompt: question.prompt, value, answer: formatAnswer(question, value) }]
      : [];
  });
}

const serviceName = (s: Service): string => `${s.name} (${s.id})`;

function serviceLines(entry: ServiceWithEquivalents): string[] {
  const { service } = entry;
  const lines = [`  ${service.short} — ${serviceName(service)}`];
  if (service.provider !== 'generic' && service.provider !== 'other') {
    const list = (services: Service[]) => (services.length > 0 ? services.map(serviceName).join(', ') : 'none listed');
    if (service.provider !== 'gcp') lines.push(`      GCP: ${list(entry.gcp)}`);
    if (service.provider !== 'azure') lines.push(`      Azure: ${list(entry.azure)}`);
    if (entry.note) lines.push(`      Note: ${entry.note}`);
  }
  return lines;
}

function section(title: string, lines: string[]): string[] {
  return lines.length > 0 ? ['', title, ...lines] : [];
}

const bullets = (items: string[]): string[] => items.map((t) => `  - ${t}`);

export function pathLines(entries: PathEntry[]): string[] {
  return entries.map((e) => `  ${e.prompt} → ${e.answer}  [${e.question}=${e.value}]`);
}

/** The why-not's change as the flags that apply it: the CLI's way to open it as a what-if. */
function tryLine(line: WhyNotLine, path: PathEntry[]): string[] {
  if (!line.answers) return [];
  const given = new Map(path.map((p) => [p.question, p.value]));
  const flags = Object.entries(line.answers).filter(([q, v]) => given.get(q) !== v).map(([q, v]) => `--answer ${q}=${v}`);
  return flags.length ? [`      answers that lead there: ${flags.join(' ')}`] : [];
}

export function renderRecommendation(rec: Recommendation, path: PathEntry[]): string[] {
  return [
    `${rec.guide.title}: ${rec.outcome.title}`,
    rec.outcome.summary,
    ...section('Recommended services', rec.services.flatMap(serviceLines)),
    ...section('Why', [`  ${rec.rationale}`]),
    ...section('Notes', bullets(rec.notes)),
    ...section('Warnings', bullets(rec.warnings)),
    ...section('Figures', rec.figures.map((f) => `  ${f.label}: ${f.text}`)),
    ...section('Charts', (rec.charts ?? []).flatMap(chartLines)),
    // After the notes, as in the app and the record: notes point at "the condition below".
    ...section('Policies and configuration', artefactLines(rec.artefacts ?? [])),
    ...section('Facts', rec.facts.map((f) => `  - [${f.kind}] ${f.text} (${SEED_SECTIONS[f.section]})`)),
    ...section('Why not', rec.whyNot.flatMap((w) => [`  ${w.title} (${w.outcome}): ${w.text}`, ...tryLine(w, path)])),
    ...section('Path', pathLines(path)),
  ];
}

/**
 * Each policy or snippet under its title, with the parameter values it was filled with (the
 * defaults: the CLI takes no parameter values). The text is printed unindented between
 * fences, so it copies exactly: a YAML file or a shell heredoc keeps its columns.
 */
function artefactLines(artefacts: RenderedArtefact[]): string[] {
  if (artefacts.length === 0) return [];
  return ['  Filled from your answers; review the values before applying them.', ...artefacts.flatMap((a) => {
    const fence = codeFence(a.text);
    const values = a.params.map((p) => `${p.label} = ${p.value}`).join('; ');
    return ['', `  ${a.title} [${a.id}]`, `    ${a.description}`, ...(values ? [`    Values (defaults; edit them in the text): ${values}`] : []), `${fence}${a.language}`, a.text, fence];
  })];
}

/** A chart as an aligned table of about ten rows; `archtree export … --format svg` draws it. */
function chartLines(chart: ChartData): string[] {
  const { header, rows } = chartTable(chart, 9);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const row = (cells: string[]) => `    ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`.trimEnd();
  return [`  ${chart.title} [${chart.id}]`, `    ${chart.description}`, row(header), ...rows.map(row)];
}

/** What the next question accepts, in one line, e.g. for the stderr note. */
export function acceptsLine(question: Question): string {
  if (question.kind === 'choice') return allowedValues(question);
  const bands = question.bands.map((b) => b.label).join('; ');
  return `${allowedValues(question)} (bands: ${bands})`;
}

export function renderPending(guide: Guide, question: Question, path: PathEntry[], continueWith: string): string[] {
  const accepts =
    question.kind === 'choice'
      ? (() => {
          const width = Math.max(...question.choices.map((c) => c.value.length));
          return ['  Choose one of:', ...question.choices.map((c) => `    ${c.value.padEnd(width)}  ${c.label} — ${c.description}`)];
        })()
      : [
          `  Enter ${allowedValues(question)}${question.placeholder !== undefined ? `, e.g. ${formatNumber(question.placeholder)}` : ''}`,
          `  Bands the guide compares: ${question.bands.map((b) => b.label).join('; ')}`,
        ];
  return [
    `${guide.title}: not decided yet.`,
    ...section('Answered', pathLines(path)),
    '',
    `Next question: ${question.id}`,
    `  ${question.prompt}`,
    `  ${question.help}`,
    ...accepts,
    '',
    `Continue: ${continueWith}`,
  ];
}

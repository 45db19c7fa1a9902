import { readFileSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { buildArchitecture } from '../core/architecture/build';
import {
  adrMarkdown, EXPORT_FORMATS, EXPORT_THEMES, exportText, FORMAT_INFO, isExportFormat, isTextFormat,
  type ExportFormat, type ExportInput,
} from '../core/architecture/export-formats';
import { mergeRuns, type ArchitectureRun } from '../core/architecture/merge';
import { CLOUD_PROVIDERS, switchProvider, type CloudProvider } from '../core/architecture/provider';
import { runsFromSession } from '../core/architecture/session-runs';
import { toSvg } from '../core/export/svg';
import type { ThemeName } from '../core/export/theme';
import { allowedValues, parseAnswerArgs } from '../core/guide/answer-args';
import { questionById } from '../core/guide/answers';
import type { Guide } from '../core/guide/schema';
import type { Library } from '../core/library';
import { buildRecommendation } from '../core/recommendation/build';
import { parseSessionFile } from '../core/session/import';
import { MAX_IMPORT_BYTES } from '../core/session/safe-json';
import { writeFileAtomically } from '../main/export-write';
import { COMMON_OPTIONS, parseCommandArgs } from './args';
import { unavailableLine } from './guides';
import { CliError, EXIT, loadTrees, type Io } from './io';
import { HELP } from './usage';

const oneOf = (values: readonly string[]) => values.join(', ');

/** The guide, linted clean; else why not (as `archtree decide` says it). */
function findGuide(dir: string | undefined, id: string): { guide: Guide; library: Library } {
  const loaded = loadTrees(dir, id).library;
  const guide = loaded.guides.find((g) => g.id === id);
  if (guide) return { guide, library: loaded };
  const { library } = loadTrees(dir);
  const broken = library.unavailable.find((u) => u.id === id || u.file === `${id}.json`);
  if (broken) throw new CliError(unavailableLine(broken));
  throw new CliError(`unknown guide "${id}"; known guides: ${library.guides.map((g) => g.id).join(', ') || '(none)'}`);
}

function pick<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`export: --${name} "${value}" is not one of ${oneOf(allowed)}`);
}

/** What to draw: one guide's outcome (from --answer), or every finished guide of a saved session, merged. */
function runsFor(values: { dir?: string; session?: string; answer?: string[] }, guideId: string | undefined, io: Io): { runs: ArchitectureRun[]; library: Library; merged: boolean } {
  if (values.session !== undefined) {
    if (guideId !== undefined) throw new CliError(`export: give a guide or --session, not both`);
    if ((values.answer ?? []).length > 0) throw new CliError(`export: --answer goes with a guide; a session carries its own answers`);
    const { library } = loadTrees(values.dir);
    const file = resolve(values.session);
    let text: string;
    try {
      // Checked on the directory entry before reading, as the app does for imports.
      if (statSync(file).size > MAX_IMPORT_BYTES) throw new CliError(`export: ${values.session} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MiB`);
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`export: cannot read ${values.session} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    const parsed = parseSessionFile(text, library.guides);
    if (!parsed.ok) throw new CliError(`export: ${values.session}: ${parsed.message}`);
    const { runs, skipped } = runsFromSession(parsed.session, library.guides);
    for (const s of skipped) io.err(`archtree: export: left out ${s.guide}: ${s.reason}`);
    if (runs.length === 0) throw new CliError(`export: ${values.session} has no finished guide to draw`);
    return { runs, library, merged: true };
  }
  if (guideId === undefined) throw new CliError(`export: which guide? give a guide id or --session <file>; see archtree export --help`);
  const { guide, library } = findGuide(values.dir, guideId);
  const parsed = parseAnswerArgs(guide, values.answer ?? []);
  if (!parsed.ok) throw new CliError(parsed.message);
  const { decision } = parsed;
  if (decision.status !== 'outcome') {
    const question = questionById(guide, decision.question)!;
    throw new CliError(`export: answers incomplete; next question is ${question.id} ("${question.prompt}"): ${allowedValues(question)}`);
  }
  return { runs: [{ guide, decided: decision }], library, merged: false };
}

/** The file's bytes or text for one format. */
async function render(format: ExportFormat, input: ExportInput, scale: number): Promise<string | Uint8Array> {
  if (isTextFormat(format)) return exportText(format, input);
  const svg = toSvg(input.model, input.layout!, { theme: input.theme ?? 'light', title: input.model.title });
  // resvg (a native addon) and PDFKit load only for the formats that use them.
  if (format === 'png') return (await import('../node/export-png')).toPng(svg, { scale });
  return (await import('../node/export-pdf')).toPdf(svg, adrMarkdown(input), { title: input.model.title, date: input.date });
}

const size = (n: number) => (n < 1024 ? `${n} bytes` : `${(n / 1024).toFixed(1)} KiB`);

/** `archtree export <guide> --answer q=v ... | --session <file> --format <f> -o <file>` */
export async function exportCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', argv, {
    ...COMMON_OPTIONS,
    answer: { type: 'string', short: 'a', multiple: true },
    session: { type: 'string' },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    theme: { type: 'string' },
    scale: { type: 'string' },
    provider: { type: 'string' },
  });
  if (values.help) return (io.out(HELP.export!), EXIT.ok);
  const [guideId, ...extra] = positionals;
  if (extra.length > 0) throw new CliError(`export: unexpected argument "${extra[0]}"; see archtree export --help`);
  if (values.format === undefined) throw new CliError(`export: which format? give --format ${oneOf(EXPORT_FORMATS)}`);
  if (!isExportFormat(values.format)) throw new CliError(`export: unknown format "${values.format}"; formats: ${oneOf(EXPORT_FORMATS)}`);
  const format = values.format;
  if (values.output === undefined || values.output === '') throw new CliError(`export: where to? give -o <file>, e.g. -o architecture.${FORMAT_INFO[format].extension}`);
  const theme = pick<ThemeName>('theme', values.theme, EXPORT_THEMES, 'light');
  const scale = Number(pick('scale', values.scale, ['1', '2'], '1'));
  const provider = pick<CloudProvider>('provider', values.provider, CLOUD_PROVIDERS, 'aws');

  const { runs, library, merged } = runsFor(values, guideId, io);
  const drawn = merged ? mergeRuns(runs, library.catalog) : buildArchitecture(runs[0]!.guide, library.catalog, runs[0]!.decided);
  const model = switchProvider(drawn, library.catalog, provider);
  const needsLayout = format !== 'mermaid' && format !== 'json' && format !== 'adr';
  const output = resolve(values.output);
  const input: ExportInput = {
    model,
    // A single guide's diagram was laid out at build time; ELK loads only for anything else.
    ...(needsLayout ? { layout: await (await import('../node/layout-tables')).layoutForCli(model) } : {}),
    recommendations: runs.map((r) => buildRecommendation(r.guide, library.catalog, r.decided)),
    theme,
    date: new Date().toISOString().slice(0, 10),
    baseName: basename(output, extname(output)),
  };

  let content: string | Uint8Array;
  try {
    content = await render(format, input, scale);
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(`export: ${error.message}`);
    throw error;
  }
  try {
    writeFileAtomically(output, content);
  } catch (error) {
    throw new CliError(`export: cannot write ${values.output} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); nothing was written`);
  }
  const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  io.out(`wrote ${values.output} (${FORMAT_INFO[format].label}, ${size(bytes)})`);
  return EXIT.ok;
}

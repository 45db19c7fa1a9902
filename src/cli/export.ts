import { statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { EXPORT_FORMATS, EXPORT_THEMES, FORMAT_INFO, isExportFormat, type ExportFormat, type ExportInput } from '../core/architecture/export-formats';
import { CLOUD_PROVIDERS, switchProvider, type CloudProvider } from '../core/architecture/provider';
import { ARCHITECTURE_VIEWS, projectView, type ArchitectureView } from '../core/architecture/views';
import type { ThemeName } from '../core/export/theme';
import type { Recommendation } from '../core/recommendation/types';
import { writeFileAtomically } from '../main/export-write';
import { PAPER_SIZES } from '../core/export/paper';
import { COMMON_OPTIONS, parseCommandArgs } from './args';
import { drawnFor } from './export-source';
import { CliError, EXIT, type Io } from './io';
import { HELP } from './usage';

const oneOf = (values: readonly string[]) => values.join(', ');

function pick<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`export: --${name} "${value}" is not one of ${oneOf(allowed)}`);
}

const size = (n: number) => (n < 1024 ? `${n} bytes` : `${(n / 1024).toFixed(1)} KiB`);

/** `archtree export <guide> --answer q=v ... [--answers file] | --from <file> --format <f> -o <file>` */
export async function exportCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', argv, {
    ...COMMON_OPTIONS,
    answer: { type: 'string', short: 'a', multiple: true },
    answers: { type: 'string' },
    strict: { type: 'boolean' },
    from: { type: 'string' },
    session: { type: 'string' },
    partial: { type: 'boolean' },
    paper: { type: 'string' },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    theme: { type: 'string' },
    scale: { type: 'string' },
    provider: { type: 'string' },
    view: { type: 'string' },
    chart: { type: 'string' },
  });
  if (values.help) return (io.out(HELP.export!), EXIT.ok);
  const [guideId, ...extra] = positionals;
  if (extra.length > 0) throw new CliError(`export: unexpected argument "${extra[0]}"; see archtree export --help`);
  if (values.format === undefined) throw new CliError(`export: which format? give --format ${oneOf(EXPORT_FORMATS)}`);
  if (!isExportFormat(values.format)) throw new CliError(`export: unknown format "${values.format}"; formats: ${oneOf(EXPORT_FORMATS)}`);
  const format = values.format;
  if (values.output === undefined || values.output === '') throw new CliError(`export: where to? give -o <file>, e.g. -o architecture.${FORMAT_INFO[format].extension}`);
  refuseFolder(values.output, format);
  const theme = pick<ThemeName>('theme', values.theme, EXPORT_THEMES, 'light');
  const scale = Number(pick('scale', values.scale, ['1', '2'], '1'));
  const provider = pick<CloudProvider>('provider', values.provider, CLOUD_PROVIDERS, 'aws');
  const view = pick<ArchitectureView>('view', values.view, ARCHITECTURE_VIEWS, 'full');
  const paper = PAPER_SIZES.find((p) => p.toLowerCase() === (values.paper ?? 'a4').toLowerCase());
  if (!paper) throw new CliError(`export: --paper "${values.paper}" is not one of ${oneOf(PAPER_SIZES)}`);
  if (values.from !== undefined && values.session !== undefined) throw new CliError(`export: --session is another name for --from; give one`);

  if (values.chart !== undefined && format !== 'svg' && format !== 'png') {
    throw new CliError(`export: --chart writes svg or png, not ${format}${format === 'pdf' ? ' (the pdf already holds every chart after the decision record)' : ''}`);
  }
  const drawn = drawnFor({ ...values, from: values.from ?? values.session }, guideId, io);
  if (values.chart !== undefined) return exportChart(values.chart, drawn.recommendations, { format: format === 'png' ? 'png' : 'svg', theme, scale, output: values.output }, io);
  // A saved architecture keeps the provider it was drawn in unless --provider asks for another.
  const switched = values.provider === undefined ? drawn.model : switchProvider(drawn.model, drawn.library.catalog, provider);
  // A Structurizr workspace holds both views of the whole model.
  if (format === 'structurizr' && values.view !== undefined) io.err('archtree: export: --view does not apply to structurizr; the workspace holds the logical and the deployment view');
  const model = format === 'structurizr' ? switched : projectView(switched, view);
  // Checked once the request itself is known to be good, before the slow drawing.
  refuseOutput(values.output, format);
  // The record links its diagram as <name>.svg and <name>.png, written beside it: so it needs the layout too.
  const needsLayout = format !== 'mermaid' && format !== 'mermaid-architecture' && format !== 'json' && format !== 'structurizr' && format !== 'd2';
  const output = resolve(values.output);
  const input: ExportInput = {
    model,
    // A single guide's diagram was laid out at build time; ELK loads only for anything else.
    ...(needsLayout ? { layout: await (await import('../node/layout-tables')).layoutForCli(model) } : {}),
    recommendations: drawn.recommendations,
    theme,
    date: new Date().toISOString().slice(0, 10),
    baseName: basename(output, extname(output)),
  };

  const { exportFile } = await import('../node/export-file');
  const make = async (f: ExportFormat) => {
    try {
      return await exportFile(f, input, { scale, paper });
    } catch (error) {
      if (error instanceof RangeError) throw new CliError(`export: ${error.message}`);
      throw error;
    }
  };
  const content = await make(format);
  // The images the record links, made before anything is written so a failure writes nothing.
  const beside = format === 'adr' ? await Promise.all((['svg', 'png'] as const).map(async (f) => ({
    path: join(dirname(values.output!), `${input.baseName}.${f}`), format: f, content: await make(f),
  }))) : [];
  // Images first: a record is never left linking files that are not there.
  const written: string[] = [];
  for (const file of [...beside, { path: values.output, format, content }]) {
    writeExport(file.path, file.content, written);
    written.push(file.path);
    io.out(`wrote ${file.path} (${FORMAT_INFO[file.format].label}, ${size(byteLength(file.content))})`);
  }
  return EXIT.ok;
}

/**
 * `-o` must name a file. A folder path ("out/", or an existing folder) would otherwise be
 * written as a file: resolve() drops the trailing separator and basename() takes the folder's
 * name, so "out/" became a file "out" with "out.svg" and "out.png" beside it. Refused before
 * anything is drawn; throws a CliError (exit 2) naming the path.
 */
function refuseFolder(output: string, format: ExportFormat): void {
  const trailing = output.endsWith('/') || output.endsWith(sep);
  if (!trailing && !isFolder(output)) return;
  const example = join(output, `architecture.${FORMAT_INFO[format].extension}`);
  throw new CliError(`export: -o ${output} names a folder, not a file; give a file name such as ${example}; nothing was written`);
}

/**
 * Refuse, before anything is drawn, an output the export would write wrongly or not at all:
 * a name ending in another format's extension (an SVG in "x.pdf" opens in no PDF reader), or
 * a folder that does not exist. A name with no extension, or one Archtree never writes
 * (.markdown, .mermaid, .xml, .out), is taken as meant. Throws a CliError (exit 2).
 */
function refuseOutput(output: string, format: ExportFormat): void {
  const wanted = FORMAT_INFO[format].extension;
  const given = extname(output).slice(1);
  const others = EXPORT_FORMATS.filter((f) => FORMAT_INFO[f].extension === given.toLowerCase());
  if (others.length > 0 && !others.includes(format)) {
    const renamed = join(dirname(output), `${basename(output, extname(output))}.${wanted}`);
    throw new CliError(`export: -o ${output} ends in .${given}, but --format ${format} writes .${wanted}; give -o ${renamed}, or --format ${others.join(' or ')}; nothing was written`);
  }
  const folder = dirname(output);
  try {
    if (!statSync(folder).isDirectory()) throw new CliError(`export: cannot write ${output}: ${folder} is a file, not a folder; nothing was written`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`export: cannot write ${output}: the folder ${folder} does not exist; nothing was written`);
    if (code === 'ENOTDIR') throw new CliError(`export: cannot write ${output}: ${folder} is not a folder (part of that path is a file); nothing was written`);
    // Anything else (no permission, say) is left to the write to report.
  }
}

/** Whether the path is an existing folder; a path that cannot be read is left to the write to report. */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const byteLength = (content: string | Uint8Array) => (typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength);

/** One export file, written whole or not at all; a failure is a CliError naming the file and what was written before it. */
function writeExport(path: string, content: string | Uint8Array, before: string[] = []): void {
  try {
    writeFileAtomically(resolve(path), content);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(`export: cannot write ${path} (${reason}); ${before.length ? `only ${before.join(' and ')} written` : 'nothing was written'}`);
  }
}

/** `--chart <id>`: one chart of the decided outcome, as SVG or PNG, written atomically. */
async function exportChart(
  id: string, recs: Recommendation[], opts: { format: 'svg' | 'png'; theme: ThemeName; scale: number; output: string }, io: Io,
): Promise<number> {
  const charts = recs.flatMap((r) => r.charts ?? []);
  const chart = charts.find((c) => c.id === id);
  if (!chart) {
    throw new CliError(charts.length
      ? `export: no chart "${id}"; this outcome has ${oneOf(charts.map((c) => c.id))}`
      : `export: --chart "${id}": the outcome these answers reach has no charts`);
  }
  refuseOutput(opts.output, opts.format);
  const svg = (await import('../core/export/chart-svg')).chartSvg(chart, { theme: opts.theme });
  const content = opts.format === 'svg' ? svg : await (await import('../node/export-png')).toPng(svg, { scale: opts.scale });
  writeExport(opts.output, content);
  io.out(`wrote ${opts.output} (chart "${chart.title}", ${FORMAT_INFO[opts.format].label}, ${size(byteLength(content))})`);
  return EXIT.ok;
}

import { adrMarkdown, exportText, isTextFormat, type ExportFormat, type ExportInput } from '../core/architecture/export-formats';
import type { PaperSize } from '../core/export/paper';
import { toSvg } from '../core/export/svg';
import { loadOfficialIcons } from './official-icons';

export type FileOptions = {
  /** PNG only: 1 or 2 (any factor in (0, 8]) */
  scale?: number;
  /** PDF only (default A4) */
  paper?: PaperSize;
};

/**
 * Any format's content in Node, as the CLI writes it: text formats from the core
 * exporters, PNG through resvg, PDF through the one PDF writer. resvg (a native addon) and
 * pdfkit load only for the formats that use them.
 */
export async function exportFile(format: ExportFormat, given: ExportInput, options: FileOptions = {}): Promise<string | Uint8Array> {
  // The providers' official icons, read from the copies beside decision-trees/catalog/icons/icons.json.
  const input: ExportInput = { ...given, icons: given.icons ?? (await loadOfficialIcons(given.model)) };
  if (isTextFormat(format)) return exportText(format, input);
  if (!input.layout) throw new Error(`the ${format} export needs a laid-out diagram`);
  const theme = input.theme ?? 'light';
  if (format === 'png') {
    const svg = toSvg(input.model, input.layout, { theme, title: input.model.title, icons: input.icons });
    return (await import('./export-png')).toPng(svg, { scale: options.scale ?? 1 });
  }
  // The PDF sets the title as its page heading, so the diagram goes without its own.
  const svg = toSvg(input.model, input.layout, { theme, icons: input.icons });
  const charts = (await import('../core/export/chart-svg')).recommendationChartSvgs(input.recommendations);
  // A drawing too big for one legible page is also printed in sheets, each laid out here.
  const [{ pdfSheets }, { layoutArchitecture }, { createNodeElk }] = await Promise.all([
    import('../core/export/pdf-sheets'), import('../core/layout/elk-layout'), import('./elk'),
  ]);
  const elk = createNodeElk();
  const sheets = await pdfSheets(input.model, input.layout, (m) => layoutArchitecture(m, elk), { theme, icons: input.icons });
  return (await import('./export-pdf')).toPdf(svg, adrMarkdown(input), {
    title: input.model.title || 'Architecture', date: input.date, ...(options.paper ? { paper: options.paper } : {}), charts, sheets,
  });
}

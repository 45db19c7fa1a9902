import type { ExportSaveRequest } from '../../../core/architecture/export-api';
import { adrMarkdown, exportFileName, exportText, isTextFormat, type ExportFormat, type ExportInput } from '../../../core/architecture/export-formats';
import type { Architecture } from '../../../core/architecture/model';
import { toMermaid } from '../../../core/export/mermaid';
import { toSvg } from '../../../core/export/svg';
import type { ThemeName } from '../../../core/export/theme';
import type { Recommendation } from '../../../core/recommendation/types';
import { getLayoutService } from '../diagram/layout-service';

/**
 * One export's content, made in the renderer from the model (never a screenshot): text
 * formats by the core exporters, PNG and PDF from the same SVG through the browser
 * (./rasterise) or pdfkit (src/core/export/pdf.ts, fonts from ./pdf-fonts), both loaded on demand.
 */

export type ExportChoice = { format: ExportFormat; theme: ThemeName; scale: 1 | 2 };
export type ExportSource = { model: Architecture; recommendations: Recommendation[] };

const today = () => new Date().toISOString().slice(0, 10);
const titleOf = (source: ExportSource) => source.model.title || 'Architecture';
const NO_LAYOUT: ReadonlySet<ExportFormat> = new Set(['mermaid', 'mermaid-architecture', 'json', 'adr', 'structurizr', 'd2']);

async function inputFor(source: ExportSource, format: ExportFormat, theme: ThemeName): Promise<ExportInput> {
  const layout = NO_LAYOUT.has(format) ? undefined : await getLayoutService().layout(source.model);
  // The record links the diagram under the names the SVG and PNG downloads get.
  const baseName = exportFileName(titleOf(source), 'svg').replace(/\.svg$/, '');
  // Official provider icons for the SVG and PNG, loaded on demand (../diagram/official-icons.ts).
  const icons = layout ? await (await import('../diagram/official-icons')).loadOfficialIcons(source.model) : undefined;
  return { model: source.model, recommendations: source.recommendations, theme, date: today(), baseName, ...(layout ? { layout } : {}), ...(icons ? { icons } : {}) };
}

export async function produceExport(source: ExportSource, choice: ExportChoice): Promise<ExportSaveRequest> {
  const { format, theme, scale } = choice;
  const input = await inputFor(source, format, theme);
  const title = titleOf(source);
  if (isTextFormat(format)) return { format, title, content: exportText(format, input) };
  if (format === 'png') {
    const svg = toSvg(input.model, input.layout!, { theme, title: input.model.title, ...(input.icons ? { icons: input.icons } : {}) });
    const raster = await import('./rasterise');
    return { format, title, content: await raster.svgToPng(svg, scale) };
  }
  // The PDF sets the title as its own heading, so the diagram goes without one.
  const svg = toSvg(input.model, input.layout!, { theme, ...(input.icons ? { icons: input.icons } : {}) });
  const markdown = adrMarkdown(input);
  const [{ toPdf, pdfText }, { loadPdfFonts }, { recommendationChartSvgs }, { pdfSheets }] = await Promise.all([
    import('../../../core/export/pdf'), import('./pdf-fonts'), import('../../../core/export/chart-svg'), import('../../../core/export/pdf-sheets'),
  ]);
  const charts = recommendationChartSvgs(source.recommendations);
  // A drawing too big for one legible page is also printed in sheets, laid out by the same worker.
  const sheets = await pdfSheets(input.model, input.layout!, (m) => getLayoutService().layout(m), { theme, ...(input.icons ? { icons: input.icons } : {}) });
  const fonts = await loadPdfFonts(pdfText(svg, markdown, [...charts, ...sheets.map((s) => s.svg)]));
  return { format, title, content: await toPdf(svg, markdown, { title, fonts, date: input.date, charts, sheets }) };
}

export const mermaidOf = (source: ExportSource): string => toMermaid(source.model);

export async function pngOf(source: ExportSource, theme: ThemeName, scale: 1 | 2): Promise<Uint8Array> {
  const request = await produceExport(source, { format: 'png', theme, scale });
  return request.content as Uint8Array;
}

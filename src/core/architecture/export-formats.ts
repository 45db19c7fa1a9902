import { toAdr } from '../export/adr';
import { toD2 } from '../export/d2';
import { toDrawio } from '../export/drawio';
import { toArchitectureJson } from '../export/json';
import { toMermaid } from '../export/mermaid';
import { toMermaidArchitecture } from '../export/mermaid-architecture';
import { toStructurizr } from '../export/structurizr';
import { toSvg } from '../export/svg';
import type { OfficialIcons } from '../export/official-icons';
import type { ThemeName } from '../export/theme';
import type { Recommendation } from '../recommendation/types';
import type { Architecture, Layout } from './model';

/**
 * The export formats, named once for the CLI, the Export menus and the desktop save
 * dialog: what each is called, its file extension and type, and the text ones produced
 * here (pure). PNG and PDF need a rasteriser: resvg and pdfkit in Node (src/node), a canvas
 * in the renderer (src/renderer/src/export).
 */

export const EXPORT_FORMATS = ['svg', 'png', 'pdf', 'drawio', 'mermaid', 'mermaid-architecture', 'json', 'adr', 'structurizr', 'd2'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type TextFormat = Exclude<ExportFormat, 'png' | 'pdf'>;

export const EXPORT_THEMES = ['light', 'dark', 'transparent'] as const satisfies readonly ThemeName[];

export const FORMAT_INFO: Record<ExportFormat, { label: string; extension: string; mime: string; binary: boolean }> = {
  svg: { label: 'SVG image', extension: 'svg', mime: 'image/svg+xml', binary: false },
  png: { label: 'PNG image', extension: 'png', mime: 'image/png', binary: true },
  pdf: { label: 'PDF: diagram and decision record', extension: 'pdf', mime: 'application/pdf', binary: true },
  drawio: { label: 'draw.io diagram', extension: 'drawio', mime: 'application/vnd.jgraph.mxfile', binary: false },
  mermaid: { label: 'Mermaid flowchart', extension: 'mmd', mime: 'text/plain', binary: false },
  'mermaid-architecture': { label: 'Mermaid architecture diagram (architecture-beta, with icons)', extension: 'mmd', mime: 'text/plain', binary: false },
  json: { label: 'Archtree JSON (re-importable)', extension: 'json', mime: 'application/json', binary: false },
  adr: { label: 'Decision record (Markdown)', extension: 'md', mime: 'text/markdown', binary: false },
  structurizr: { label: 'Structurizr DSL workspace (logical and deployment views)', extension: 'dsl', mime: 'text/plain', binary: false },
  d2: { label: 'D2 diagram (text-to-diagram, this view)', extension: 'd2', mime: 'text/plain', binary: false },
};

export const isExportFormat = (value: unknown): value is ExportFormat => typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
export const isTextFormat = (format: ExportFormat): format is TextFormat => !FORMAT_INFO[format].binary;

/** A file name from a title: ASCII, lower case, dashes (safe on every file system), with the format's extension. */
export function exportFileName(title: string, format: ExportFormat): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'architecture'}.${FORMAT_INFO[format].extension}`;
}

export type ExportInput = {
  model: Architecture;
  /** required by svg, png, pdf and drawio */
  layout?: Layout;
  /** the decisions behind the model, for the decision record */
  recommendations: Recommendation[];
  theme?: ThemeName;
  /** ISO date for the decision record; passed in so the output is a function of the input */
  date: string;
  /** the file name the record links its diagram under, without extension (`decision` → decision.svg) */
  baseName?: string;
  /** official provider icons by service id, loaded by the shell (src/node/official-icons.ts, renderer diagram/official-icons.ts); the SVG draws the category glyph without them */
  icons?: OfficialIcons;
};

function needLayout(input: ExportInput, format: ExportFormat): Layout {
  if (!input.layout) throw new Error(`the ${format} export needs a laid-out diagram`);
  return input.layout;
}

/** The decision record's Markdown; also the text pages of the PDF. */
export function adrMarkdown(input: ExportInput): string {
  const links = input.baseName ? { svgFile: `${input.baseName}.svg`, pngFile: `${input.baseName}.png` } : {};
  return toAdr(input.recommendations, input.model, { date: input.date, ...links });
}

/** Every text format's content. */
export function exportText(format: TextFormat, input: ExportInput): string {
  switch (format) {
    case 'svg':
      return toSvg(input.model, needLayout(input, format), { theme: input.theme ?? 'light', title: input.model.title, ...(input.icons ? { icons: input.icons } : {}) });
    case 'drawio':
      return toDrawio(input.model, needLayout(input, format));
    case 'mermaid':
      return toMermaid(input.model);
    case 'mermaid-architecture':
      return toMermaidArchitecture(input.model);
    case 'json':
      return toArchitectureJson(input.model);
    case 'adr':
      return adrMarkdown(input);
    case 'structurizr':
      return toStructurizr(input.model);
    case 'd2':
      return toD2(input.model);
  }
}

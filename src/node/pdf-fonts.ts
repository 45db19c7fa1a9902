import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { planPdfFonts } from '../core/export/pdf-font-plan';
import type { PdfFontFile } from '../core/export/pdf';
import { woffToSfnt } from './woff-to-sfnt';

/** A broad system font, last in the chain, for scripts no bundled slice covers (Armenian, Georgian, symbols…). */
const SYSTEM_LAST_RESORT = {
  regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  italic: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf',
};

/** Bundled font files by package path, read once per process and unwrapped from WOFF (./woff-to-sfnt.ts). */
const unwrapped = new Map<string, Uint8Array>();

/** The PDF's fonts in Node: the slices planPdfFonts names, read from node_modules, then DejaVu Sans if installed. */
export function loadPdfFonts(text: string): PdfFontFile[] {
  const require = createRequire(import.meta.url);
  const read = (spec: string) => {
    let bytes = unwrapped.get(spec);
    if (!bytes) unwrapped.set(spec, (bytes = woffToSfnt(new Uint8Array(readFileSync(require.resolve(spec))))));
    return bytes;
  };
  const bundled = planPdfFonts(text).map((f) => ({
    id: f.id,
    regular: read(f.regular),
    ...(f.bold ? { bold: read(f.bold) } : {}),
    ...(f.italic ? { italic: read(f.italic) } : {}),
    ...(f.monospace ? { monospace: true } : {}),
  }));
  // Only when the text goes beyond Latin-1: a plain record needs no 700 KB font parsed.
  const system = /[^\u0000-\u00ff]/.test(text) && existsSync(SYSTEM_LAST_RESORT.regular)
    ? [{
        id: 'system-dejavu-sans',
        regular: new Uint8Array(readFileSync(SYSTEM_LAST_RESORT.regular)),
        ...(existsSync(SYSTEM_LAST_RESORT.bold) ? { bold: new Uint8Array(readFileSync(SYSTEM_LAST_RESORT.bold)) } : {}),
        ...(existsSync(SYSTEM_LAST_RESORT.italic) ? { italic: new Uint8Array(readFileSync(SYSTEM_LAST_RESORT.italic)) } : {}),
      }]
    : [];
  return [...bundled, ...system];
}

import { Resvg } from '@resvg/resvg-js';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { woffToSfnt } from './woff-to-sfnt';
import { planPdfFonts } from '../core/export/pdf-font-plan';

/**
 * PNG from an exported SVG, rasterised in-process by resvg. Text is drawn in Inter, the
 * app's bundled font: @fontsource/inter ships it as WOFF only, which resvg cannot read, so
 * the WOFF files are unpacked to TrueType once into a cache folder. Where that fails, the
 * metric-compatible system fonts (Liberation Sans, DejaVu Sans) stand in. Characters Inter
 * lacks are drawn from the bundled Noto slices the text needs (CJK, Hebrew, Arabic, emoji),
 * then from whatever the system has.
 */

export type PngOptions = {
  /** 1 for 1×, 2 for 2× (retina); any factor in (0, 8] */
  scale?: number;
  /** refuse images above this many pixels (default 80 megapixels) rather than exhaust memory */
  maxPixels?: number;
};

export type PngFonts = { family: string; files: string[]; source: 'inter' | 'system' | 'none' };

const INTER_FILES = ['latin-400', 'latin-600', 'latin-700', 'latin-ext-400', 'latin-ext-600', 'latin-ext-700', 'greek-400', 'cyrillic-400'];
const SYSTEM_FALLBACKS = [
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
];

/** A @fontsource WOFF file (`@fontsource/<pkg>/files/<name>.woff`) unpacked once to TrueType in a cache folder. */
function ttfOf(spec: string): string {
  const require = createRequire(import.meta.url);
  const pkg = /^@fontsource\/([^/]+)\//.exec(spec)?.[1] ?? 'font';
  const version: string = require(`@fontsource/${pkg}/package.json`).version;
  const dir = join(tmpdir(), `archtree-fonts-${pkg}-${version}`);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, spec.slice(spec.lastIndexOf('/') + 1).replace(/\.woff$/, '.ttf'));
  if (!existsSync(target)) {
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, woffToSfnt(readFileSync(require.resolve(spec))));
    renameSync(temp, target); // atomic: parallel workers never see half a font
  }
  return target;
}

function interTtfFiles(): string[] {
  return INTER_FILES.map((name) => ttfOf(`@fontsource/inter/files/inter-${name}-normal.woff`));
}

/**
 * The bundled fallback slices (Noto Sans JP, Hebrew, Arabic, Emoji) for the characters of
 * this SVG that Inter lacks; resvg falls back to them glyph by glyph.
 */
export function fallbackFontFiles(svg: string): string[] {
  const text = svg.replace(/<[^>]*>/g, ' ');
  if (!/[^\u0000-\u024f]/.test(text)) return [];
  try {
    return planPdfFonts(text).filter((f) => !f.id.startsWith('inter-')).flatMap((f) => [f.regular, ...(f.bold ? [f.bold] : [])].map(ttfOf));
  } catch {
    return []; // no font packages: the system's fonts are all there is
  }
}

let cached: PngFonts | undefined;

/** The fonts the rasteriser uses, found once per process. */
export function pngFonts(): PngFonts {
  if (cached) return cached;
  const system = SYSTEM_FALLBACKS.filter((f) => existsSync(f));
  try {
    cached = { family: 'Inter', files: [...interTtfFiles(), ...system], source: 'inter' };
  } catch {
    cached = system.length
      ? { family: system[0]!.includes('Liberation') ? 'Liberation Sans' : 'DejaVu Sans', files: system, source: 'system' }
      : { family: 'Arial', files: [], source: 'none' };
  }
  return cached;
}

/**
 * Rasterise an SVG (as toSvg draws it) to PNG bytes at `scale`. The image is the SVG's
 * width × height × scale; light and dark themes paint their background, transparent stays so.
 */
export function toPng(svg: string, options: PngOptions = {}): Uint8Array {
  const scale = options.scale ?? 1;
  if (!(scale > 0 && scale <= 8)) throw new RangeError(`PNG scale must be in (0, 8], not ${scale}`);
  const fonts = pngFonts();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      // The system's own fonts come last, for scripts no bundled font covers (Korean, Thai…).
      loadSystemFonts: true,
      fontFiles: [...fonts.files, ...fallbackFontFiles(svg)],
      defaultFontFamily: fonts.family,
      sansSerifFamily: fonts.family,
    },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  });
  const pixels = resvg.width * resvg.height * scale * scale;
  if (pixels > (options.maxPixels ?? 80_000_000)) {
    throw new RangeError(`PNG of ${Math.round(resvg.width * scale)}×${Math.round(resvg.height * scale)} px is too large; lower the scale`);
  }
  guardCanvas(resvg, svg);
  return new Uint8Array(resvg.render().asPng());
}

/**
 * resvg 2.6 aborts the whole process (a Rust panic, not an exception) when a marker lies far
 * outside the canvas. toSvg never draws outside its viewBox; refuse any SVG that does.
 */
function guardCanvas(resvg: Resvg, svg: string): void {
  const box = resvg.getBBox();
  if (!box) return;
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const view = /\bviewBox\s*=\s*["']([^"']+)["']/.exec(root)?.[1]?.trim().split(/[\s,]+/).map(Number);
  const [vx, vy, vw, vh] = view?.length === 4 && view.every(Number.isFinite) ? view : [0, 0, resvg.width, resvg.height];
  const slack = 16;
  if (box.x < vx! - slack || box.y < vy! - slack || box.x + box.width > vx! + vw! + slack || box.y + box.height > vy! + vh! + slack) {
    throw new Error(
      `SVG content (${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}) ` +
        `reaches outside its viewBox (${vx},${vy} ${vw}×${vh}); export it with toSvg, which fits the viewBox to the content`,
    );
  }
}

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Text widths from real font files, as a browser would draw them (fontkit shapes the line,
 * kerning included): Inter as @fontsource ships it, and the two system fonts a viewer most
 * often falls back to on Linux, DejaVu Sans and Liberation Sans.
 */

const require = createRequire(import.meta.url);
type Font = { unitsPerEm: number; hasGlyphForCodePoint(cp: number): boolean; layout(text: string): { advanceWidth: number } };
const fontkit = require('fontkit') as { openSync(path: string): Font };

export type FontName = 'Inter' | 'DejaVu Sans' | 'Liberation Sans';
export type Weight = 400 | 600 | 700;

const SYSTEM: Record<Exclude<FontName, 'Inter'>, { regular: string; bold: string }> = {
  'DejaVu Sans': { regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' },
  'Liberation Sans': { regular: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', bold: '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf' },
};

/** The fonts installed here (Inter always: it is a dependency). */
export const availableFonts = (): FontName[] => ['Inter', ...(Object.keys(SYSTEM) as FontName[]).filter((f) => existsSync(SYSTEM[f as keyof typeof SYSTEM].regular))];

const cache = new Map<string, Font[]>();
function faces(name: FontName, weight: Weight): Font[] {
  const key = `${name}:${weight}`;
  let list = cache.get(key);
  if (!list) {
    list = name === 'Inter'
      ? ['latin', 'latin-ext', 'greek', 'cyrillic', 'vietnamese'].map((s) => fontkit.openSync(require.resolve(`@fontsource/inter/files/inter-${s}-${weight}-normal.woff`)))
      // CSS font matching: 600 and 700 both pick the Bold face of a family that has only Book and Bold.
      : [fontkit.openSync(SYSTEM[name][weight >= 600 ? 'bold' : 'regular'])];
    cache.set(key, list);
  }
  return list;
}

/** Width in px of `text` at `size` px in `font` (characters the font lacks are skipped: another font draws them). */
export function measure(text: string, size: number, font: FontName, weight: Weight, letterSpacingEm = 0): number {
  const list = faces(font, weight);
  let width = 0;
  // Runs of characters that one face of the family has, shaped together.
  let run = '';
  let runFace: Font | undefined;
  const flush = () => {
    if (run && runFace) width += (runFace.layout(run).advanceWidth / runFace.unitsPerEm) * size;
    run = '';
  };
  for (const ch of text) {
    const face = list.find((f) => f.hasGlyphForCodePoint(ch.codePointAt(0)!));
    if (face !== runFace) flush();
    runFace = face;
    if (face) run += ch;
    width += letterSpacingEm * size;
  }
  flush();
  return width;
}

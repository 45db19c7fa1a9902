import interRanges from '@fontsource/inter/unicode.json' with { type: 'json' };
import arabicRanges from '@fontsource/noto-sans-arabic/unicode.json' with { type: 'json' };
import hebrewRanges from '@fontsource/noto-sans-hebrew/unicode.json' with { type: 'json' };
import japaneseRanges from '@fontsource/noto-sans-jp/unicode.json' with { type: 'json' };
import emojiRanges from '@fontsource/noto-emoji/unicode.json' with { type: 'json' };
import { MONOSPACE_FONT } from './pdf-monospace';

/**
 * Which font files a PDF needs for a given text: Inter for Latin, Greek and Cyrillic (the
 * app's font), then Noto Sans Hebrew and Arabic, Noto Sans JP (kana, kanji and most Chinese
 * characters) and Noto Emoji (monochrome: PDF text cannot carry colour glyphs). All come from
 * @fontsource packages, split by Unicode range, so only the slices the text touches are
 * loaded: in Node from node_modules, in the browser as lazily fetched assets.
 *
 * A file is named by its package path, e.g. `@fontsource/inter/files/inter-latin-600-normal.woff`
 * (WOFF 1: fontkit reads and subsets it in Node and the browser alike).
 */

export type PlannedFont = {
  /** unique within a plan; the PDF's font name is derived from it */
  id: string;
  regular: string;
  /** absent: the regular file is used for bold text too */
  bold?: string;
  italic?: string;
  /** the code blocks' font (./pdf-monospace.ts), outside the fallback chain for prose */
  monospace?: boolean;
};

type Family = { pkg: string; prefix: string; ranges: Record<string, string>; subsets?: string[]; bold?: number; italic?: boolean };

/** In order of preference; a character is set in the first family whose slice covers it. */
const FAMILIES: Family[] = [
  { pkg: 'inter', prefix: 'inter', ranges: interRanges, subsets: ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'], bold: 600, italic: true },
  { pkg: 'noto-sans-hebrew', prefix: 'noto-sans-hebrew', ranges: hebrewRanges, subsets: ['hebrew'], bold: 600 },
  { pkg: 'noto-sans-arabic', prefix: 'noto-sans-arabic', ranges: arabicRanges, subsets: ['arabic'], bold: 600 },
  { pkg: 'noto-sans-jp', prefix: 'noto-sans-jp', ranges: japaneseRanges },
  { pkg: 'noto-emoji', prefix: 'noto-emoji', ranges: emojiRanges },
];

/** "U+0-ff,U+131,U+2000-206f" as inclusive [from, to] pairs. */
export function parseUnicodeRange(text: string): [number, number][] {
  return text.split(',').flatMap((part) => {
    const m = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m) return [];
    if (m[1]!.includes('?')) return [[parseInt(m[1]!.replace(/\?/g, '0'), 16), parseInt(m[1]!.replace(/\?/g, 'f'), 16)] as [number, number]];
    const from = parseInt(m[1]!, 16);
    return [[from, m[2] ? parseInt(m[2], 16) : from] as [number, number]];
  });
}

const slices = FAMILIES.flatMap((family) =>
  (family.subsets ? family.subsets.map((name) => [name, family.ranges[name] ?? ''] as const) : Object.entries(family.ranges))
    .map(([name, range]) => {
      // Numbered slices are keyed "[12]" in unicode.json and named "12" in the file names.
      const slice = name.replace(/^\[(\d+)\]$/, '$1');
      const file = (weight: number, style = 'normal') => `@fontsource/${family.pkg}/files/${family.prefix}-${slice}-${weight}-${style}.woff`;
      const font: PlannedFont = {
        id: `${family.prefix}-${slice}`,
        regular: file(400),
        ...(family.bold ? { bold: file(family.bold) } : {}),
        ...(family.italic ? { italic: file(400, 'italic') } : {}),
      };
      return { font, ranges: parseUnicodeRange(range) };
    }),
);

const covers = (ranges: [number, number][], cp: number) => ranges.some(([a, b]) => cp >= a && cp <= b);

/** A fenced block other than the Mermaid diagram's: the record's policies and configuration. */
const CODE_FENCE = /^`{3,}(?!mermaid\b)[A-Za-z]/m;

/**
 * The font slices `text` needs, in preference order; Inter's Latin slice always (headings,
 * numbers and the record's own words are Latin); the monospace font last when the text
 * holds a code block (characters it lacks fall back to the chain before it).
 */
export function planPdfFonts(text: string): PlannedFont[] {
  const needed = new Set<number>([0]); // inter-latin, first in FAMILIES
  const seen = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80 || seen.has(cp)) continue;
    seen.add(cp);
    // Every slice that claims it: a slice's range may list a character its font lacks.
    slices.forEach((s, i) => covers(s.ranges, cp) && needed.add(i));
  }
  const planned = slices.filter((_, i) => needed.has(i)).map((s) => s.font);
  return CODE_FENCE.test(text) ? [...planned, MONOSPACE_FONT] : planned;
}

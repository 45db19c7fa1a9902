import { MEASURED_RANGES, WIDTHS } from './font-widths';

/**
 * Text widths for laying text inside fixed boxes without a DOM, from real font metrics: for
 * each character the widest advance among the fonts that may draw it (Inter, which the app
 * names first and PNG/PDF embed; DejaVu Sans, the usual Linux sans-serif; Liberation Sans,
 * metric-compatible with Arial and Helvetica), so a label that fits here fits in each of
 * them. Characters outside the measured ranges are sized by script: CJK and other wide
 * scripts one em, emoji 1.25 em (colour emoji fonts run wider than an em), combining marks
 * and joiners nothing, anything else one em (a safe guess).
 */

export type Weight = 'regular' | 'semibold' | 'bold';

const tables = new Map<Weight, Map<number, number>>();
function table(weight: Weight): Map<number, number> {
  let t = tables.get(weight);
  if (!t) {
    t = new Map();
    const encoded = WIDTHS[weight];
    let i = 0;
    for (const [from, to] of MEASURED_RANGES) {
      for (let cp = from; cp <= to; cp++, i += 2) {
        const w = parseInt(encoded.slice(i, i + 2), 36);
        if (w > 0) t.set(cp, w);
      }
    }
    tables.set(weight, t);
  }
  return t;
}

const ZERO_WIDTH = /[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufe00-\ufe0f\u{e0000}-\u{e007f}\u{1f3fb}-\u{1f3ff}]/u;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/** Advance of one character (a code point as a string) in 1/1000 em. */
export function charUnits(ch: string, weight: Weight = 'regular'): number {
  const cp = ch.codePointAt(0)!;
  const known = table(weight).get(cp);
  if (known !== undefined) return known;
  if (cp < 0x20 || ZERO_WIDTH.test(ch)) return 0;
  if (EMOJI.test(ch)) return 1250;
  return 1000; // CJK, Hangul, fullwidth forms and every script not measured: an em or less
}

const weightOf = (bold: boolean | Weight): Weight => (bold === true ? 'bold' : bold === false ? 'regular' : bold);

/**
 * Width in px of `text` at `fontSize`; `bold` true means 700, or name the weight (600 is
 * 'semibold'). `letterSpacing` in em is added after every character, as CSS does.
 */
export function textWidth(text: string, fontSize: number, bold: boolean | Weight = false, letterSpacing = 0): number {
  const weight = weightOf(bold);
  let units = 0;
  for (const ch of text) units += charUnits(ch, weight) + (letterSpacing ? letterSpacing * 1000 : 0);
  return (units / 1000) * fontSize;
}

/** The longest prefix of `text` that fits with a trailing ellipsis (the text itself when it fits). */
export function ellipsize(text: string, maxWidth: number, fontSize: number, bold: boolean | Weight = false, letterSpacing = 0): string {
  if (textWidth(text, fontSize, bold, letterSpacing) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0, hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join('').trimEnd() + '…', fontSize, bold, letterSpacing) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + '…';
}

/**
 * Word-wrap `text` at spaces into as many lines as it needs, each at most `maxWidth` px wide,
 * never breaking a word: a word wider than `maxWidth` gets a line of its own and overflows it
 * (callers size the box from the widest line). Whitespace runs collapse to one space.
 */
export function wordLines(text: string, maxWidth: number, fontSize: number, bold: boolean | Weight = false): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (!current || textWidth(candidate, fontSize, bold) <= maxWidth) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  return current ? [...lines, current] : lines;
}

/**
 * Word-wrap `text` into at most `maxLines` lines of `maxWidth`; a word wider than a line is
 * broken, and text left over after the last line is ellipsized into it.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, bold: boolean | Weight = false): string[] {
  const fits = (s: string) => textWidth(s, fontSize, bold) <= maxWidth;
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) {
      lines.push(current);
      current = '';
    }
    // A single word too long for a line: cut it at the widest prefix that fits.
    while (!fits(word) && lines.length < maxLines - 1) {
      const chars = [...word];
      let n = chars.length - 1;
      while (n > 1 && !fits(chars.slice(0, n).join(''))) n--;
      lines.push(chars.slice(0, n).join(''));
      word = chars.slice(n).join('');
    }
    current = word;
    if (lines.length >= maxLines - 1 && i < words.length - 1) {
      current = [current, ...words.slice(i + 1)].join(' ');
      break;
    }
  }
  if (current || lines.length === 0) lines.push(current);
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  kept[last] = ellipsize(lines.length > maxLines ? `${kept[last]} ${lines.slice(maxLines).join(' ')}` : kept[last]!, maxWidth, fontSize, bold);
  return kept;
}

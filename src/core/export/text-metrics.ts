/**
 * Text width estimates for laying text inside fixed boxes without a DOM. Widths are Arial's
 * (Liberation Sans is metric-compatible) for ASCII, scaled up a little because Inter, the
 * font we name first, runs about 7% wider: text that fits here fits in every fallback.
 */

// Advance widths in 1/1000 em for U+0020..U+007E.
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 … ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ … O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P … _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` … o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p … ~
];
const INTER_FACTOR = 1.07;
const BOLD_FACTOR = 1.06;

function charWidth(code: number): number {
  if (code >= 0x20 && code <= 0x7e) return ASCII[code - 0x20]!;
  if (code >= 0x2e80) return 1000; // CJK and other wide scripts
  return 600;
}

/** Estimated width in px of `text` at `fontSize`, bold (600+) or not. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch.codePointAt(0)!);
  return (units / 1000) * fontSize * INTER_FACTOR * (bold ? BOLD_FACTOR : 1);
}

/** The longest prefix of `text` that fits with a trailing ellipsis (the text itself when it fits). */
export function ellipsize(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0, hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join('').trimEnd() + '…', fontSize, bold) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + '…';
}

/**
 * Word-wrap `text` into at most `maxLines` lines of `maxWidth`; a word wider than a line is
 * broken, and text left over after the last line is ellipsized into it.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): string[] {
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

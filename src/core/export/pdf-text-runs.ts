/**
 * Font fallback for the PDF: text split into runs, each set in the first font (in order of
 * preference) that has a glyph for every character of the run. Spaces and other characters
 * the current font has stay in the current run, so a run changes font only where it must.
 */

export type Coverage = { name: string; has: (codePoint: number) => boolean };
export type TextRun = { font: string; text: string };

/** Characters that never start a run of their own: they join whatever run they follow. */
const JOINERS = /[\u200c\u200d\ufe00-\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u;

export function textRuns(text: string, fonts: Coverage[]): TextRun[] {
  const out: TextRun[] = [];
  if (fonts.length === 0) return text ? [{ font: '', text }] : [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const last = out[out.length - 1];
    const current = last && fonts.find((f) => f.name === last.font);
    if (last && (JOINERS.test(ch) || current?.has(cp))) {
      last.text += ch;
      continue;
    }
    // No font has it: the first font draws its missing-glyph box, and the text still extracts.
    const font = fonts.find((f) => f.has(cp)) ?? fonts[0]!;
    if (last && last.font === font.name) last.text += ch;
    else out.push({ font: font.name, text: ch });
  }
  return out;
}

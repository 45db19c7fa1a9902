import bidiFactory from 'bidi-js';
import { textRuns, type Coverage, type TextRun } from './pdf-text-runs';

/**
 * Right-to-left text for the PDF: one line of text as font runs in the order they are drawn,
 * left to right. pdfkit and svg-to-pdfkit set runs one after another from the left, and
 * fontkit reverses a run's glyphs only when its first letter is of a right-to-left script;
 * so for "שלום AWS עולם" the runs must come as "עולם", "AWS", "שלום", not in the order they
 * were typed. The levels and their reordering come from bidi-js (the Unicode Bidirectional
 * Algorithm, UAX #9, passing its conformance tests), not from code of ours.
 *
 * What bidi-js decides, made to survive fontkit: a run at an odd (right-to-left) level is
 * reversed and its brackets mirrored, and a run fontkit would reverse anyway (it starts with
 * a right-to-left letter) is handed over in typed order so Arabic still joins; a
 * left-to-right run fontkit would wrongly reverse (Arabic-Indic digits) is handed over reversed.
 */

let bidi: ReturnType<typeof bidiFactory> | undefined;

/** Any character of a right-to-left block, or a right-to-left mark, embedding, override or isolate. */
const MAY_BE_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
/** The first character fontkit takes a run's script from (its Script is not Common, Inherited or Unknown). */
const SCRIPTED = /[^\p{sc=Zyyy}\p{sc=Zinh}\p{sc=Zzzz}]/u;
/** The scripts fontkit 2 lays out right to left (its Script.direction). */
const FONTKIT_RTL = /[\p{sc=Arab}\p{sc=Hebr}\p{sc=Syrc}\p{sc=Thaa}\p{sc=Cprt}\p{sc=Khar}\p{sc=Phnx}\p{sc=Nkoo}\p{sc=Lydi}\p{sc=Avst}\p{sc=Armi}\p{sc=Phli}\p{sc=Prti}\p{sc=Sarb}\p{sc=Orkh}\p{sc=Samr}\p{sc=Mand}\p{sc=Merc}\p{sc=Mero}\p{sc=Mani}\p{sc=Mend}\p{sc=Nbat}\p{sc=Narb}\p{sc=Palm}\p{sc=Phlp}]/u;

const fontkitReverses = (text: string) => FONTKIT_RTL.test(SCRIPTED.exec(text)?.[0] ?? '');
const reversed = (text: string) => [...text].reverse().join('');

type Piece = TextRun & { level: number };

/**
 * `text` (one line) as font runs (see textRuns) in drawing order, each run's text as fontkit
 * must receive it. Text without right-to-left characters comes back as textRuns gives it.
 */
export function visualRuns(text: string, fonts: Coverage[]): TextRun[] {
  if (!MAY_BE_RTL.test(text)) return textRuns(text, fonts);
  bidi ??= bidiFactory();
  const levels = bidi.getEmbeddingLevels(text);
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels);
  // Split at level changes, mirror brackets at odd levels, then split each level run by font.
  const pieces: Piece[] = [];
  for (let start = 0; start < text.length;) {
    const level = levels.levels[start]!;
    let end = start;
    let run = '';
    for (; end < text.length && levels.levels[end] === level; end++) run += mirrored.get(end) ?? text[end]!;
    pieces.push(...textRuns(run, fonts).map((r) => ({ ...r, level })));
    start = end;
  }
  // UAX #9 rule L2: from the highest level down to the lowest odd one, reverse every stretch at that level or higher.
  const highest = Math.max(...pieces.map((p) => p.level));
  const lowestOdd = Math.min(...pieces.map((p) => (p.level % 2 ? p.level : p.level + 1)));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < pieces.length;) {
      if (pieces[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < pieces.length && pieces[j]!.level >= level) j++;
      pieces.splice(i, j - i, ...pieces.slice(i, j).reverse());
      i = j;
    }
  }
  return pieces.map(({ font, text: run, level }) => ({ font, text: (level % 2 === 1) !== fontkitReverses(run) ? reversed(run) : run }));
}

/**
 * Code lines (the record's policies and configuration) cut to the PDF's text width. Set in a
 * monospace font, a line holds a fixed number of characters, so the cut is counted in
 * characters rather than measured. A long line breaks after the last space, comma or other
 * separator that leaves at least half a line, else mid-token, so an ARN or a condition key
 * stays whole wherever it can; each continuation is indented two characters beyond the
 * line's own indentation, so a reader sees it continues the line above.
 */

/** Characters after which a line may break: a space, or JSON/YAML/ARN separators. */
const BREAK_AFTER = /[\s,:/=&|]/;

/**
 * `line` as one or more pieces of at most `columns` characters (code points), the first
 * unindented beyond the line's own, the rest prefixed with its indentation plus two spaces.
 * An empty line gives [''], so blank lines survive. columns below 8 is treated as 8.
 */
export function wrapCodeLine(line: string, columns: number): string[] {
  const width = Math.max(8, Math.floor(columns));
  const chars = [...line.replace(/\t/g, '  ').replace(/\s+$/, '')];
  if (chars.length <= width) return [chars.join('')];
  const indent = /^ */.exec(chars.join(''))![0].length;
  // Deep indentation would leave no room on a continuation: cap it at half a line.
  const lead = ' '.repeat(Math.min(indent + 2, Math.floor(width / 2)));
  const out: string[] = [];
  let rest = chars;
  let prefix = '';
  while (prefix.length + rest.length > width) {
    const room = width - prefix.length;
    let cut = room;
    for (let i = room; i > room / 2; i--) {
      if (BREAK_AFTER.test(rest[i - 1]!)) {
        cut = i;
        break;
      }
    }
    out.push(prefix + rest.slice(0, cut).join('').trimEnd());
    rest = rest.slice(cut);
    while (rest[0] === ' ') rest = rest.slice(1);
    prefix = lead;
  }
  if (rest.length) out.push(prefix + rest.join(''));
  return out;
}

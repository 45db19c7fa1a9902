/**
 * The subset of Markdown that toAdr writes, read back into blocks for the PDF: headings,
 * paragraphs, bullets, tables, code blocks (the policies and configuration, set in a
 * monospace font); the Mermaid block becomes a note (the diagram is page one) and image
 * links are dropped. Inline **bold**, *italic* and `code` become spans.
 */

export type PdfSpan = { text: string; face: 'regular' | 'bold' | 'italic' };
export type PdfBlock =
  | { kind: 'heading'; level: number; spans: PdfSpan[] }
  | { kind: 'paragraph' | 'bullet' | 'note'; spans: PdfSpan[] }
  | { kind: 'table'; rows: PdfSpan[][][] }
  /** lines as written, indentation kept; language: the fence's info string (json, yaml, shell) */
  | { kind: 'code'; language: string; lines: string[] };

/** The entities adr.ts's md() writes, back to characters (&amp; last, so "&amp;lt;" stays "&lt;"). */
const entities = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const ESCAPABLE = /[\\`*_[\]|]/;

/**
 * Inline Markdown as toAdr writes it, scanned left to right so a backslash escape is read
 * once: `\\` is a literal backslash, and the `**` after it still closes the bold span.
 */
export function inlineSpans(text: string): PdfSpan[] {
  const spans: PdfSpan[] = [];
  let face: PdfSpan['face'] = 'regular';
  let buffer = '';
  const flush = () => {
    if (buffer) spans.push({ text: entities(buffer), face });
    buffer = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length && ESCAPABLE.test(text[i + 1]!)) {
      // An escaped character is text; keep entity-like text from decoding by writing & as &amp;.
      buffer += text[++i] === '&' ? '&amp;' : text[i];
    } else if (c === '`') {
      const close = text.indexOf('`', i + 1);
      if (close < 0) buffer += c;
      else {
        flush();
        spans.push({ text: text.slice(i + 1, close), face: 'regular' });
        i = close;
      }
    } else if (c === '*' && text[i + 1] === '*') {
      flush();
      face = face === 'bold' ? 'regular' : 'bold';
      i++;
    } else if (c === '*') {
      flush();
      face = face === 'italic' ? 'regular' : 'italic';
    } else buffer += c;
  }
  flush();
  return spans;
}

const tableCells = (line: string) =>
  line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/).map((c) => inlineSpans(c.trim()));

export function pdfMarkdown(markdown: string): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^(`{3,})(.*)$/.exec(line);
    if (fence) {
      // toAdr makes the fence longer than any run of backticks inside, so only as long a one closes it.
      const closing = new RegExp(`^\`{${fence[1]!.length},}\\s*$`);
      const language = fence[2]!.trim();
      const code: string[] = [];
      while (i + 1 < lines.length && !closing.test(lines[i + 1]!)) code.push(lines[++i]!);
      i++;
      blocks.push(language === 'mermaid'
        ? { kind: 'note', spans: [{ text: 'The diagram is on page 1; its Mermaid source is in the Markdown record.', face: 'italic' }] }
        : { kind: 'code', language, lines: code });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, spans: inlineSpans(heading[2]!) });
    } else if (/^\s*[-*]\s+/.test(line)) {
      blocks.push({ kind: 'bullet', spans: inlineSpans(line.replace(/^\s*[-*]\s+/, '')) });
    } else if (line.trim().startsWith('|')) {
      const rows: PdfSpan[][][] = [];
      for (; i < lines.length && lines[i]!.trim().startsWith('|'); i++) {
        if (/^\|[\s:|-]+\|$/.test(lines[i]!.trim())) continue; // the --- separator row
        rows.push(tableCells(lines[i]!));
      }
      i--;
      blocks.push({ kind: 'table', rows });
    } else if (/^!?\[[^\]]*\]\(.*\)$/.test(line.trim())) {
      continue; // links to the SVG/PNG files: the image is page one
    } else if (line.trim()) {
      blocks.push({ kind: 'paragraph', spans: inlineSpans(line) });
    }
  }
  return blocks;
}

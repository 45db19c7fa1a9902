/**
 * The subset of Markdown that toAdr writes, read back into blocks for the PDF: headings,
 * paragraphs, bullets, tables; the Mermaid block becomes a note (the diagram is page one)
 * and image links are dropped. Inline **bold**, *italic* and `code` become spans.
 */

export type PdfSpan = { text: string; face: 'regular' | 'bold' | 'italic' };
export type PdfBlock =
  | { kind: 'heading'; level: number; spans: PdfSpan[] }
  | { kind: 'paragraph' | 'bullet' | 'note'; spans: PdfSpan[] }
  | { kind: 'table'; rows: PdfSpan[][][] };

/** Undo the escaping of adr.ts's md(): backslash escapes and the entities it writes. */
const literal = (text: string) =>
  text.replace(/\\([\\`*_[\]|])/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export function inlineSpans(text: string): PdfSpan[] {
  const spans: PdfSpan[] = [];
  // **bold**, *italic* or `code`, none of whose delimiters is backslash-escaped.
  const pattern = /(?<!\\)\*\*(.+?)(?<!\\)\*\*|(?<!\\)\*(.+?)(?<!\\)\*|`([^`]*)`/g;
  let at = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index > at) spans.push({ text: literal(text.slice(at, m.index)), face: 'regular' });
    if (m[1] !== undefined) spans.push({ text: literal(m[1]), face: 'bold' });
    else if (m[2] !== undefined) spans.push({ text: literal(m[2]), face: 'italic' });
    else spans.push({ text: m[3] ?? '', face: 'regular' });
    at = m.index + m[0].length;
  }
  if (at < text.length) spans.push({ text: literal(text.slice(at)), face: 'regular' });
  return spans;
}

const tableCells = (line: string) =>
  line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/).map((c) => inlineSpans(c.trim()));

export function pdfMarkdown(markdown: string): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('```')) {
      const lang = line.slice(3).trim();
      while (i + 1 < lines.length && !lines[i + 1]!.startsWith('```')) i++;
      i++;
      blocks.push({ kind: 'note', spans: [{ text: lang === 'mermaid' ? 'The diagram is on page 1; its Mermaid source is in the Markdown record.' : 'Code omitted.', face: 'italic' }] });
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

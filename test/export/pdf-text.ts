/**
 * Just enough PDF reading for tests on pdfkit output written with compress: false: the
 * pages in order, and the text on each, decoded through each font's ToUnicode CMap.
 */

export type PdfPage = { text: string; images: number };

function objects(pdf: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const m of pdf.matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) map.set(Number(m[1]), m[2]!);
  return map;
}

const stream = (body: string) => /stream\n([\s\S]*?)\nendstream/.exec(body)?.[1] ?? '';
const ref = (body: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(body)?.[1] ?? NaN);

function cmap(text: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const m of text.matchAll(/<([0-9a-fA-F]+)> <([0-9a-fA-F]+)> \[([^\]]*)\]/g)) {
    const start = parseInt(m[1]!, 16);
    [...m[3]!.matchAll(/<([0-9a-fA-F ]+)>/g)].forEach((u, i) => {
      const units = u[1]!.trim().split(/\s+/).map((h) => parseInt(h, 16));
      map.set(start + i, String.fromCharCode(...units));
    });
  }
  return map;
}

export function readPdf(bytes: Uint8Array): PdfPage[] {
  const pdf = Buffer.from(bytes).toString('latin1');
  const objs = objects(pdf);
  const kids = /\/Type \/Pages\n[\s\S]*?\/Kids \[([^\]]*)\]/.exec(pdf)?.[1] ?? '';
  const pageIds = [...kids.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  return pageIds.map((id) => {
    const page = objs.get(id) ?? '';
    const resources = objs.get(ref(page, 'Resources')) ?? '';
    const fonts = new Map<string, Map<number, string>>();
    const fontDict = /\/Font <<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
    for (const m of fontDict.matchAll(/\/(\w+) (\d+) 0 R/g)) {
      fonts.set(m[1]!, cmap(stream(objs.get(ref(objs.get(Number(m[2])) ?? '', 'ToUnicode')) ?? '')));
    }
    const content = stream(objs.get(ref(page, 'Contents')) ?? '');
    let font = new Map<number, string>();
    let text = '';
    for (const m of content.matchAll(/\/(\w+) [\d.]+ Tf|\[(.*?)\] TJ|Do\b/g)) {
      if (m[1]) font = fonts.get(m[1]) ?? new Map();
      else if (m[2] !== undefined) {
        for (const hex of m[2].matchAll(/<([0-9a-fA-F]+)>/g)) {
          for (let i = 0; i < hex[1]!.length; i += 4) text += font.get(parseInt(hex[1]!.slice(i, i + 4), 16)) ?? '\uFFFD';
        }
        text += ' ';
      }
    }
    const images = (content.match(/\/I\d+ Do/g) ?? []).length;
    return { text: text.replace(/\s+/g, ' '), images };
  });
}

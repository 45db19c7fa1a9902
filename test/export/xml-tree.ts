import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** A parsed XML element: tag, attributes, children, and its own text. */
export type XmlElement = { tag: string; attrs: Record<string, string>; children: XmlElement[]; text: string };

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

function convert(items: Ordered[]): XmlElement[] {
  const out: XmlElement[] = [];
  for (const item of items) {
    const tag = Object.keys(item).find((k) => k !== ':@')!;
    if (tag === '#text' || tag === '?xml') continue;
    const raw = item[tag] as Ordered[];
    const attrs = Object.fromEntries(Object.entries(item[':@'] ?? {}).map(([k, v]) => [k.replace(/^@_/, ''), String(v)]));
    const text = raw.filter((c) => '#text' in c).map((c) => String(c['#text'])).join('');
    out.push({ tag, attrs, children: convert(raw), text });
  }
  return out;
}

/** Validate, then parse XML keeping document order, attributes and entities decoded. */
export function parseXml(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`invalid XML: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({
    preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', parseAttributeValue: false,
    parseTagValue: false, trimValues: false, processEntities: true, htmlEntities: false,
  });
  const roots = convert(parser.parse(xml) as Ordered[]);
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0]!;
}

export function walk(el: XmlElement, visit: (el: XmlElement, parent?: XmlElement) => void, parent?: XmlElement): void {
  visit(el, parent);
  el.children.forEach((c) => walk(c, visit, el));
}

export function findAll(el: XmlElement, test: (el: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  walk(el, (e) => void (test(e) && found.push(e)));
  return found;
}

/** All text inside an element, its descendants' included. */
export function textOf(el: XmlElement): string {
  return el.text + el.children.map(textOf).join('');
}

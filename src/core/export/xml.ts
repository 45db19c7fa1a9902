/** Small helpers shared by the XML exporters (SVG, draw.io): escaping and stable number output. */

// Characters XML 1.0 forbids outright (C0 controls other than tab, LF, CR; U+FFFE/U+FFFF).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// A surrogate half without its partner cannot be encoded in UTF-8.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe for XML element content and attribute values (either quote style). */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An attribute value: escaped, and line breaks kept as character references so parsers keep them. */
export function escapeAttr(text: string): string {
  return escapeXml(text).replace(/\r\n?|\n/g, '&#xa;').replace(/\t/g, '&#x9;');
}

/** A coordinate rounded to 2 decimals with no trailing noise or negative zero, so goldens are stable. */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** An XML name (NCName) built from any id: ASCII letters, digits, `-` and `_`, never starting with a digit. */
export function xmlName(prefix: string, id: string): string {
  return `${prefix}${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Unique XML names for a list of ids, in order; clashes after sanitising get a numeric suffix. */
export function uniqueNames(prefix: string, ids: string[], taken = new Set<string>()): Map<string, string> {
  const names = new Map<string, string>();
  for (const id of ids) {
    const base = xmlName(prefix, id);
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
    taken.add(name);
    names.set(id, name);
  }
  return names;
}

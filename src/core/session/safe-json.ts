/**
 * JSON from an untrusted source (an imported file, a store file someone edited), read so
 * that nothing in it can hurt us: the size is capped before anything else happens, the
 * nesting depth is measured by a flat scan of the text BEFORE JSON.parse (zod, and any
 * recursive walk, overflow the stack near ~900 levels), and a "__proto__" key is refused
 * outright rather than left for later code to merge into an object.
 */

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** A session file is about six levels deep; anything past this was not written by Archtree. */
export const MAX_DEPTH = 64;

/** A failure message is a predicate, so callers can say "The file " + message. */
export type JsonRead = { ok: true; value: unknown } | { ok: false; message: string };

/** "6.2 MiB (6,501,234 bytes)": the byte count keeps a file just over the cap from reading as "5.0 MiB, the limit is 5.0 MiB". */
export const formatSize = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB (${n.toLocaleString('en-US')} bytes)`;
export const formatLimit = (n: number): string => `${Number((n / 1024 / 1024).toFixed(1))} MiB`;

/** Deepest bracket nesting outside strings; stops counting once past `limit`. Linear, no recursion. */
export function nestingDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
    }
  }
  return max;
}

class ForbiddenKey extends Error {}

/** Own "__proto__" keys survive JSON.parse as data; refusing them means no later spread or assignment can meet one. */
function refuseProtoKeys(key: string, value: unknown): unknown {
  if (key === '__proto__') throw new ForbiddenKey();
  return value;
}

/**
 * Text without the UTF-8 byte-order mark some editors (Notepad, Excel's "UTF-8" export) put
 * first; JSON.parse refuses it. Line endings need nothing: CRLF is JSON whitespace.
 */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export function readJsonSafely(raw: string, maxChars = MAX_IMPORT_BYTES): JsonRead {
  const text = stripBom(raw);
  if (text.length > maxChars) {
    return { ok: false, message: `is too large: ${formatSize(text.length)}, over the ${formatLimit(maxChars)} limit` };
  }
  if (text.trim() === '') return { ok: false, message: 'is empty' };
  const depth = nestingDepth(text, MAX_DEPTH);
  if (depth > MAX_DEPTH) {
    return { ok: false, message: `nests data more than ${MAX_DEPTH} levels deep, which no session file does` };
  }
  try {
    return { ok: true, value: JSON.parse(text, refuseProtoKeys) as unknown };
  } catch (error) {
    if (error instanceof ForbiddenKey) return { ok: false, message: 'contains a "__proto__" key, which no session file has' };
    // V8 quotes the start of the text, newlines and all; one line reads better in a message.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    // V8 says "Unexpected end of JSON input", or names a position at the very end of the text.
    const at = /at position (\d+)/.exec(reason);
    const truncated = /end of (JSON )?input|Unterminated/i.test(reason) || (at !== null && Number(at[1]) >= text.trimEnd().length);
    return { ok: false, message: truncated ? `is not valid JSON: it ends too early, as if cut off (${reason})` : `is not valid JSON (${reason})` };
  }
}

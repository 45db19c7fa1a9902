import { inflateSync } from 'node:zlib';

/**
 * A WOFF 1.0 font (W3C WOFF File Format 1.0, §4–5) as the TrueType/OpenType file it wraps
 * (resvg, which draws the PNGs, reads no WOFF; pdfkit's fontkit does, slowly — see below):
 * each table inflated with Node's zlib, then laid out as an sfnt (offset table, table
 * records, tables 4-byte aligned). fontkit reads WOFF too, but inflates every table in pure
 * JavaScript each time a PDF registers the font: about 45 % of a diagram's PDF export time
 * (CPU profile, 11 diagrams). Bytes that are not WOFF come back unchanged. Throws on a
 * truncated or corrupt file (a table past the end, or not inflating to its stated length).
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || view.getUint32(0) !== 0x774f4646) return woff; // 'wOFF'
  const numTables = view.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const [tag, offset, compLength, origLength, checksum] = [0, 4, 8, 12, 16].map((o) => view.getUint32(at + o)) as [number, number, number, number, number];
    if (at + 20 > woff.byteLength || offset + compLength > woff.byteLength) throw new Error(`WOFF table ${i} runs past the end of the file (${woff.byteLength} bytes)`);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw;
    if (data.byteLength !== origLength) throw new Error(`WOFF table ${i} inflates to ${data.byteLength} bytes, not ${origLength}`);
    return { tag, checksum, data };
  });
  const headerSize = 12 + 16 * numTables;
  const size = tables.reduce((n, t) => n + Math.ceil(t.data.byteLength / 4) * 4, headerSize);
  const out = new Uint8Array(size);
  const sfnt = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  sfnt.setUint32(0, view.getUint32(4)); // flavor: 0x00010000 (TrueType) or 'OTTO' (CFF)
  sfnt.setUint16(4, numTables);
  sfnt.setUint16(6, searchRange);
  sfnt.setUint16(8, entrySelector);
  sfnt.setUint16(10, numTables * 16 - searchRange);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    sfnt.setUint32(at, t.tag);
    sfnt.setUint32(at + 4, t.checksum);
    sfnt.setUint32(at + 8, offset);
    sfnt.setUint32(at + 12, t.data.byteLength);
    out.set(t.data, offset);
    offset += Math.ceil(t.data.byteLength / 4) * 4;
  });
  return out;
}

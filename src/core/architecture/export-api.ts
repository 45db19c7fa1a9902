import { z } from 'zod';
import { EXPORT_FORMATS } from './export-formats';

/**
 * Saving an export and copying to the clipboard, in both builds: in the desktop app the
 * renderer sends the format, a title and the content it produced, and main asks where to
 * save (its own dialog: no path ever comes from the renderer) and writes atomically; in the
 * browser a download and navigator.clipboard do it. The zod schemas are the IPC contract's
 * (src/shared/ipc-contract.ts): every payload is bounded and checked for what it claims to be.
 */

/** Text exports: a 160-service architecture's JSON is about 0.5 MB; this leaves room. */
export const MAX_EXPORT_TEXT = 20 * 1024 * 1024;
/** PNG at 2× of the largest diagram we allow, or a PDF holding it. */
export const MAX_EXPORT_BYTES = 64 * 1024 * 1024;
export const MAX_CLIPBOARD_TEXT = 5 * 1024 * 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
export const isPng = (b: Uint8Array) => b.length > 8 && PNG_SIGNATURE.every((v, i) => b[i] === v);
export const isPdf = (b: Uint8Array) => b.length > 8 && String.fromCharCode(...b.subarray(0, 5)) === '%PDF-';

const title = z.string().trim().min(1).max(200);
// Typed as any Uint8Array (a Buffer from Node, a view from the page), checked at run time.
const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'must be bytes').refine((b) => b.byteLength <= MAX_EXPORT_BYTES, `must be at most ${MAX_EXPORT_BYTES / 1024 / 1024} MiB`);
const TEXT_FORMATS = EXPORT_FORMATS.filter((f): f is Exclude<typeof f, 'png' | 'pdf'> => f !== 'png' && f !== 'pdf');

export const exportSaveSchema = z.discriminatedUnion('format', [
  z.strictObject({ format: z.enum(TEXT_FORMATS), title, content: z.string().max(MAX_EXPORT_TEXT) }),
  z.strictObject({ format: z.literal('png'), title, content: bytes.refine(isPng, 'is not a PNG') }),
  z.strictObject({ format: z.literal('pdf'), title, content: bytes.refine(isPdf, 'is not a PDF') }),
]);

const fileName = z.string().min(1).max(260);
const message = z.string().max(4000);
export const exportSaveResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('cancelled') }),
  z.strictObject({ status: z.literal('error'), message }),
  z.strictObject({ status: z.literal('saved'), fileName }),
]);

export const clipboardTextSchema = z.string().min(1).max(MAX_CLIPBOARD_TEXT);
export const clipboardPngSchema = bytes.refine(isPng, 'is not a PNG');
export const clipboardResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('copied') }),
  z.strictObject({ status: z.literal('error'), message }),
]);

export type ExportSaveRequest = z.input<typeof exportSaveSchema>;
export type ExportSaveResult = z.output<typeof exportSaveResultSchema>;
export type ClipboardResult = z.output<typeof clipboardResultSchema>;

export interface ExportsApi {
  /** Ask where to save (desktop) or download (web) one export. */
  save(request: ExportSaveRequest): Promise<ExportSaveResult>;
  copyText(text: string): Promise<ClipboardResult>;
  copyPng(png: Uint8Array): Promise<ClipboardResult>;
}

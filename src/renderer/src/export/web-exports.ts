import type { ClipboardResult, ExportSaveRequest, ExportSaveResult, ExportsApi } from '../../../core/architecture/export-api';
import { exportFileName, FORMAT_INFO } from '../../../core/architecture/export-formats';

/**
 * The browser build's exports: a download (Blob + a[download]) and navigator.clipboard. The
 * desktop app goes through main instead (window.archtree.exports), where the page has no
 * clipboard permission and files are written atomically after main's own save dialog.
 */

const failed = (what: string, error: unknown): ClipboardResult => ({
  status: 'error',
  message: `${what} (${error instanceof Error ? error.message : String(error)}).`,
});

export function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function createWebExports(): ExportsApi {
  return {
    async save(request: ExportSaveRequest): Promise<ExportSaveResult> {
      const fileName = exportFileName(request.title, request.format);
      const content = typeof request.content === 'string' ? request.content : new Uint8Array(request.content);
      download(fileName, new Blob([content], { type: FORMAT_INFO[request.format].mime }));
      return { status: 'saved', fileName };
    },
    async copyText(text: string): Promise<ClipboardResult> {
      try {
        await navigator.clipboard.writeText(text);
        return { status: 'copied' };
      } catch (error) {
        return failed('The browser did not allow copying', error);
      }
    },
    async copyPng(png: Uint8Array): Promise<ClipboardResult> {
      try {
        if (typeof ClipboardItem === 'undefined') throw new Error('this browser cannot copy images');
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': new Blob([new Uint8Array(png)], { type: 'image/png' }) })]);
        return { status: 'copied' };
      } catch (error) {
        return failed('The browser did not allow copying the image', error);
      }
    },
  };
}

let web: ExportsApi | undefined;

/** The desktop bridge when the preload exposed it, else the browser's (created once). */
export function getExports(): ExportsApi {
  const bridge = typeof window === 'undefined' ? undefined : window.archtree?.exports;
  if (bridge) return bridge;
  web ??= createWebExports();
  return web;
}

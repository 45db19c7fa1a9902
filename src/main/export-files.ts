import { basename } from 'node:path';
import type { ClipboardResult, ExportSaveRequest, ExportSaveResult, ExportsApi } from '../core/architecture/export-api';
import { exportFileName, FORMAT_INFO } from '../core/architecture/export-formats';
import { writeFileAtomically } from './export-write';

/**
 * Exports and the clipboard on the desktop. The renderer produced the content and says what
 * it is (validated by the IPC contract); main chooses the path through its own save dialog
 * and writes the file whole or not at all. The clipboard goes through Electron's clipboard
 * module, because main denies the page every permission, navigator.clipboard included.
 */

/** The Electron dialog call we use, bound to the app window (injected so tests need no Electron). */
export interface ExportDialogs {
  pickSave(options: { title: string; defaultPath: string; filters: { name: string; extensions: string[] }[] }): Promise<string | undefined>;
}

/** The parts of Electron's clipboard we use. */
export interface ClipboardDeps {
  writeText(text: string): Promise<void>;
  /** put a PNG on the clipboard as an image */
  writePng(png: Uint8Array): Promise<void>;
}

const why = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** `plan` → `plan.svg`: the dialog may come back without the extension the format needs. */
export function withExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(`.${extension}`) ? path : `${path}.${extension}`;
}

export function createExportFiles(dialogs: ExportDialogs, write: (path: string, data: string | Uint8Array) => void = writeFileAtomically): Pick<ExportsApi, 'save'> {
  return {
    async save(request: ExportSaveRequest): Promise<ExportSaveResult> {
      const info = FORMAT_INFO[request.format];
      const chosen = await dialogs.pickSave({
        title: `Export ${info.label}`,
        defaultPath: exportFileName(request.title, request.format),
        filters: [{ name: info.label, extensions: [info.extension] }, { name: 'All files', extensions: ['*'] }],
      });
      if (!chosen) return { status: 'cancelled' };
      const path = withExtension(chosen, info.extension);
      try {
        write(path, request.content);
        return { status: 'saved', fileName: basename(path) };
      } catch (error) {
        return { status: 'error', message: `“${basename(path)}” could not be written (${why(error)}); nothing was changed.` };
      }
    },
  };
}

export function createClipboardBridge(clipboard: ClipboardDeps): Pick<ExportsApi, 'copyText' | 'copyPng'> {
  return {
    async copyText(text: string): Promise<ClipboardResult> {
      try {
        await clipboard.writeText(text);
        return { status: 'copied' };
      } catch (error) {
        return { status: 'error', message: `The clipboard refused the text (${why(error)}).` };
      }
    },
    async copyPng(png: Uint8Array): Promise<ClipboardResult> {
      try {
        await clipboard.writePng(png);
        return { status: 'copied' };
      } catch (error) {
        return { status: 'error', message: `The clipboard refused the image (${why(error)}).` };
      }
    },
  };
}

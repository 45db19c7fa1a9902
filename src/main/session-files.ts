import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ExportResult, ImportRead } from '../core/session/api';
import { tooLargeMessage } from '../core/session/api';
import { EXPORT_SUFFIX, exportFileName, exportSession } from '../core/session/export';
import { MAX_IMPORT_BYTES } from '../core/session/safe-json';
import type { Session } from '../core/session/schema';
import { atomicWriteFileSync } from './atomic-write';

/**
 * Import and export on the desktop. Main shows the dialogs and so chooses every path; the
 * renderer only ever receives file contents (after the size check) and sends a session
 * (validated by the IPC contract), never a path.
 */

/** The two Electron dialog calls we use, already bound to the app window (injected so tests need no Electron). */
export interface SessionDialogs {
  pickOpen(options: { title: string; filters: { name: string; extensions: string[] }[] }): Promise<string | undefined>;
  pickSave(options: { title: string; defaultPath: string; filters: { name: string; extensions: string[] }[] }): Promise<string | undefined>;
}

export interface SessionFiles {
  importFile(): Promise<ImportRead>;
  exportFile(session: Session): Promise<ExportResult>;
}

const filters = [
  { name: 'Archtree session or architecture', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
];
const why = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** `plan` → `plan.archtree.json`; a name already ending in .json is kept as the user typed it. */
export function withExportSuffix(path: string): string {
  return path.toLowerCase().endsWith('.json') ? path : `${path}${EXPORT_SUFFIX}`;
}

export function createSessionFiles(dialogs: SessionDialogs): SessionFiles {
  return {
    async importFile() {
      // The same dialog serves Import (sessions) and Open… (an exported architecture, told apart in the renderer).
      const path = await dialogs.pickOpen({ title: 'Open an Archtree file', filters });
      if (!path) return { status: 'cancelled' };
      const name = basename(path);
      try {
        // The size is checked on the directory entry, before a single byte is read.
        const stat = statSync(path);
        if (!stat.isFile()) return { status: 'error', message: `“${name}” is not a file.` };
        if (stat.size > MAX_IMPORT_BYTES) return { status: 'error', message: tooLargeMessage(name, stat.size) };
        const text = readFileSync(path, 'utf8');
        // The file may have grown between stat and read; the contract caps the text as well.
        if (text.length > MAX_IMPORT_BYTES) return { status: 'error', message: tooLargeMessage(name, text.length) };
        return { status: 'read', fileName: name, text };
      } catch (error) {
        return { status: 'error', message: `“${name}” could not be read (${why(error)}).` };
      }
    },
    async exportFile(session) {
      const chosen = await dialogs.pickSave({ title: 'Export session', defaultPath: exportFileName(session), filters });
      if (!chosen) return { status: 'cancelled' };
      const path = withExportSuffix(chosen);
      try {
        atomicWriteFileSync(path, exportSession(session));
        return { status: 'saved', fileName: basename(path) };
      } catch (error) {
        return { status: 'error', message: `“${basename(path)}” could not be written (${why(error)}); nothing was changed.` };
      }
    },
  };
}

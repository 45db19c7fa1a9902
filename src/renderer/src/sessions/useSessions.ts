import { useCallback, useEffect, useState } from 'react';
import type { Guide } from '../../../core/guide/schema';
import type { SessionsApi } from '../../../core/session/api';
import { admitImport, parseSessionFile } from '../../../core/session/import';
import { duplicateSession, renameSession } from '../../../core/session/ops';
import type { Session } from '../../../core/session/schema';
import type { SessionListing } from '../../../core/session/store';
import type { PushToast } from './useToasts';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const archivedMessage = (count: number) =>
  `${count === 1 ? 'One older session was' : `${count} older sessions were`} moved to the archive to keep Recent short; “Show archive” on the home screen brings ${count === 1 ? 'it' : 'them'} back.`;

/**
 * The Recent list and everything done to it. Each action goes through the platform's store
 * and then re-reads the list, so what is shown is what was saved. Failures become toasts or
 * the import message; nothing here throws into React.
 */
export function useSessions(api: SessionsApi, guides: readonly Guide[], toast: PushToast, open: (session: Session) => void) {
  const [listing, setListing] = useState<SessionListing>({ sessions: [], archived: 0, notices: [] });
  const [importError, setImportError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setListing(await api.list());
    } catch (error) {
      toast({ tone: 'error', message: `Saved sessions could not be loaded: ${reason(error)}` });
    }
  }, [api, toast]);
  useEffect(() => void refresh(), [refresh]);

  /** Run a store action, refresh, and turn a failure into a toast that names the action. */
  const run = useCallback(
    async (what: string, action: () => Promise<void>) => {
      try {
        await action();
      } catch (error) {
        toast({ tone: 'error', message: `${what} failed: ${reason(error)}` });
      }
      await refresh();
    },
    [refresh, toast],
  );
  const noteArchived = useCallback(
    (count: number) => {
      if (count > 0) toast({ tone: 'info', message: archivedMessage(count) });
    },
    [toast],
  );

  const rename = (session: Session, name: string) => run('Renaming', async () => void (await api.put(renameSession(session, name))));

  const duplicate = (session: Session) =>
    run('Duplicating', async () => {
      const copy = duplicateSession(session, new Date());
      noteArchived((await api.put(copy)).archived);
      toast({ tone: 'info', message: `Duplicated as “${copy.name}”.` });
    });

  /** Deleted at once (a crash cannot resurrect it); Undo puts the very same session back. */
  const remove = (session: Session) =>
    run('Deleting', async () => {
      await api.remove(session.id);
      toast({ tone: 'info', message: `Deleted “${session.name}”.`, action: { label: 'Undo', run: () => void run('Undo', async () => void (await api.put(session))) } });
    });

  const exportFile = (session: Session) =>
    run('Export', async () => {
      const result = await api.exportFile(session);
      if (result.status === 'saved') toast({ tone: 'info', message: `Exported “${session.name}” as ${result.fileName}.` });
      if (result.status === 'error') toast({ tone: 'error', message: result.message });
    });

  const importFile = () =>
    run('Import', async () => {
      setImportError(null);
      const read = await api.importFile();
      if (read.status === 'cancelled') return;
      if (read.status === 'error') return setImportError(read.message);
      const parsed = parseSessionFile(read.text, guides);
      if (!parsed.ok) return setImportError(`“${read.fileName}” was not imported. ${parsed.message}`);
      // Never overwrite: ids in the list AND the archive count as taken.
      const taken = new Set([...(await api.list()).sessions, ...(await api.archive())].map((s) => s.id));
      const { session, newId } = admitImport(parsed.session, taken, new Date());
      noteArchived((await api.put(session)).archived);
      const note = newId ? ' as a new session (one with the same id was already here, and is unchanged)' : '';
      toast({ tone: 'info', message: `Imported “${session.name}”${note}.`, action: { label: 'Open', run: () => open(session) } });
    });

  const restore = (id: string) => run('Restoring', async () => noteArchived((await api.unarchive(id)).archived));
  const dismiss = (id: string) => run('Dismissing', () => api.dismiss(id));

  return { listing, refresh, importError, clearImportError: () => setImportError(null), rename, duplicate, remove, exportFile, importFile, restore, dismiss, noteArchived };
}

export type SessionsModel = ReturnType<typeof useSessions>;

import { useCallback, useState } from 'react';
import type { Guide } from '../../../core/guide/schema';
import type { Session } from '../../../core/session/schema';
import type { Platform } from '../platform';
import { reopenSession, startSession } from './open-session';
import { useAutosave, type OpenSession } from './useAutosave';
import { useSessions } from './useSessions';
import { useToasts } from './useToasts';

/**
 * Everything the app shell needs for sessions, in one hook so App stays a layout: which
 * session the wizard has open, starting and resuming one, autosave, the Recent list model
 * and the toasts.
 */
export function useSessionHost(platform: Platform, guides: readonly Guide[]) {
  const toasts = useToasts();
  const [open, setOpen] = useState<OpenSession | null>(null);

  const resume = useCallback(
    (session: Session) => {
      const reopened = reopenSession(session, guides);
      if (!reopened.ok) return toasts.push({ tone: 'error', message: reopened.message });
      setOpen(reopened.open);
      if (reopened.note) toasts.push({ tone: 'info', message: reopened.note });
    },
    [guides, toasts.push],
  );
  const model = useSessions(platform.sessions, guides, toasts.push, resume);
  const { noteArchived, refresh } = model;
  const onSaved = useCallback(
    (archived: number) => {
      noteArchived(archived);
      void refresh();
    },
    [noteArchived, refresh],
  );
  const autosave = useAutosave(platform.sessions, open, onSaved);

  const start = useCallback((guide: Guide) => setOpen(startSession(guide)), []);
  const close = useCallback(() => setOpen(null), []);

  return { open, start, resume, close, model, autosave, toasts };
}

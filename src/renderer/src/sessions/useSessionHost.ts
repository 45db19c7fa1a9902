import { useCallback, useRef, useState } from 'react';
import type { Guide } from '../../../core/guide/schema';
import { isArchitectureSession, type Session } from '../../../core/session/schema';
import { useArchitectureSession } from '../architecture/useArchitectureSession';
import type { Platform } from '../platform';
import { reopenSession, startSession } from './open-session';
import { useAutosave, type OpenSession } from './useAutosave';
import { useSessions } from './useSessions';
import { useToasts } from './useToasts';

/**
 * Everything the app shell needs for sessions, in one hook so App stays a layout: which
 * session the wizard has open, starting and resuming one, autosave, the Recent list model
 * and the toasts. An architecture session (several guides) reopens on the Architecture
 * screen instead: `onArchitecture` shows it.
 */
export function useSessionHost(platform: Platform, guides: readonly Guide[], onArchitecture: () => void = () => {}) {
  const toasts = useToasts();
  const [open, setOpen] = useState<OpenSession | null>(null);
  const onSavedRef = useRef<(archived: number) => void>(() => {});
  const onArchitectureSaved = useCallback((archived: number) => onSavedRef.current(archived), []);
  const architecture = useArchitectureSession(platform.sessions, guides, onArchitectureSaved);
  const openArchitecture = architecture.open;

  const resume = useCallback(
    (session: Session) => {
      if (isArchitectureSession(session)) {
        const skipped = openArchitecture(session);
        setOpen(null);
        onArchitecture();
        if (skipped.length) toasts.push({ tone: 'info', message: `Part of “${session.name}” could not be drawn: ${skipped.join('; ')}.` });
        return;
      }
      const reopened = reopenSession(session, guides);
      if (!reopened.ok) return toasts.push({ tone: 'error', message: reopened.message });
      setOpen(reopened.open);
      if (reopened.note) toasts.push({ tone: 'info', message: reopened.note });
    },
    [guides, toasts.push, openArchitecture, onArchitecture],
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
  onSavedRef.current = onSaved;
  const autosave = useAutosave(platform.sessions, open, onSaved);

  const start = useCallback((guide: Guide) => setOpen(startSession(guide)), []);
  const close = useCallback(() => setOpen(null), []);

  return { open, start, resume, close, model, autosave, toasts, architecture };
}

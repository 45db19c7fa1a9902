import { useCallback, useEffect, useRef, useState } from 'react';
import type { Snapshot } from 'xstate';
import type { Guide } from '../../../core/guide/schema';
import type { GuideSnapshotLike } from '../../../core/guide/snapshot';
import { runFromSnapshot, sameRun } from '../../../core/session/resume';
import type { Run, Session } from '../../../core/session/schema';
import type { SessionStore } from '../../../core/session/store';

/** The session the wizard is working on; `snapshot` is set when it was resumed from Recent. */
export type OpenSession = { session: Session; guide: Guide; snapshot?: Snapshot<unknown> };

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string };

/** Short enough that a quick reload rarely beats it; pagehide flushes anyway. */
export const AUTOSAVE_DELAY_MS = 400;

/**
 * Saves the open session whenever its machine moves (answer, Back, Restart), debounced, and
 * flushes at once when the page hides or the wizard closes. Nothing is written for a guide
 * merely opened: the first answer creates the session.
 */
/** `onSaved` gets how many sessions the save pushed into the archive (usually 0). */
export function useAutosave(store: SessionStore, open: OpenSession | null, onSaved: (archived: number) => void) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<Session | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** the run last saved (or loaded) for the session with this id */
  const last = useRef<{ id: string; run: Run } | null>(null);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const session = pending.current;
    if (!session) return;
    pending.current = null;
    setState({ kind: 'saving' });
    store.put(session).then(
      ({ archived }) => {
        setState({ kind: 'saved', at: new Date() });
        onSaved(archived);
      },
      (error: unknown) => setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [store, onSaved]);

  // A new (or no) session: save what is pending for the previous one.
  useEffect(() => {
    setState({ kind: 'idle' });
    return flush;
  }, [open, flush]);

  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [flush]);

  const onSnapshot = useCallback(
    (snapshot: GuideSnapshotLike) => {
      if (!open) return;
      const run = runFromSnapshot(open.guide, snapshot);
      // The wizard reports its first snapshot before this hook's effects run, so the baseline
      // is keyed by session id rather than reset in an effect: opening is not a change.
      const base = last.current?.id === open.session.id ? last.current.run : open.session.runs[0]!;
      if (sameRun(base, run)) return;
      last.current = { id: open.session.id, run };
      pending.current = { ...open.session, updatedAt: new Date().toISOString(), runs: [run, ...open.session.runs.slice(1)] };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
    },
    [open, flush],
  );

  return { state, onSnapshot };
}

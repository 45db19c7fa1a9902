import { useCallback, useRef, useState } from 'react';
import { architectureFromSession, architectureSession } from '../../../core/architecture/session-runs';
import type { Guide } from '../../../core/guide/schema';
import { newSessionId } from '../../../core/session/ops';
import type { Session } from '../../../core/session/schema';
import type { SessionStore } from '../../../core/session/store';
import { defaultSessionName } from '../sessions/session-labels';
import type { SaveState } from '../sessions/useAutosave';
import { emptyArchitecture, type ArchitectureState } from './state';

/**
 * The Architecture screen's session: kept in memory for the screen, and saved through the
 * same store as guide sessions on every change (a guide added, redone or removed, the
 * provider switched). Changes are whole user actions, so each is written at once, in order.
 * Removing the last guide deletes the saved session: a session holds at least one run.
 */
export function useArchitectureSession(store: SessionStore, guides: readonly Guide[], onSaved: (archived: number) => void) {
  const [state, setState] = useState<ArchitectureState>(emptyArchitecture);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const write = useCallback(
    (next: ArchitectureState) => {
      const meta = next.session;
      if (!meta) return;
      const runs = next.runs.flatMap((r) => {
        const guide = guides.find((g) => g.id === r.guideId);
        return guide ? [{ guide, decided: r.decided }] : [];
      });
      const session = architectureSession(meta, runs, next.provider, new Date());
      setSave({ kind: 'saving' });
      queue.current = queue.current
        .then(async () => (session ? (await store.put(session)).archived : (await store.remove(meta.id), 0)))
        .then(
          (archived) => {
            setSave({ kind: 'saved', at: new Date() });
            onSaved(archived);
          },
          (error: unknown) => setSave({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
        );
    },
    [store, guides, onSaved],
  );

  const change = useCallback(
    (next: ArchitectureState) => {
      const now = new Date();
      const named: ArchitectureState =
        next.session || next.runs.length === 0
          ? next
          : { ...next, session: { id: newSessionId(), name: defaultSessionName('Architecture', now), createdAt: now.toISOString() } };
      setState(named);
      write(named);
    },
    [write],
  );

  /** A saved architecture session, as it was left; the reasons any run could not be drawn. */
  const open = useCallback(
    (session: Session): string[] => {
      const { runs, provider, skipped } = architectureFromSession(session, guides);
      setState({
        runs: runs.map((r) => ({ guideId: r.guide.id, decided: r.decided })),
        provider,
        session: { id: session.id, name: session.name, createdAt: session.createdAt },
      });
      setSave({ kind: 'idle' });
      return skipped.map((s) => s.reason);
    },
    [guides],
  );

  return { state, change, open, save };
}

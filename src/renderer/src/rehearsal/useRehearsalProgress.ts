import { useCallback, useEffect, useRef, useState } from 'react';
import { emptyProgress, type RehearsalProgress } from '../../../core/rehearsal/progress';
import type { RehearsalStore } from '../../../core/rehearsal/store';

export type ProgressState = {
  progress: RehearsalProgress;
  loaded: boolean;
  /** apply a pure change and persist it; changes queue, so none is lost to a race */
  update: (change: (current: RehearsalProgress) => RehearsalProgress) => void;
  /** set when the last save failed, so the screen can say progress is not being kept */
  saveError: string | null;
};

export function useRehearsalProgress(store: RehearsalStore): ProgressState {
  const [progress, setProgress] = useState<RehearsalProgress>(emptyProgress);
  const [loaded, setLoaded] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const latest = useRef(progress);
  const saving = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    store
      .get()
      .then((value) => {
        if (!live) return;
        latest.current = value;
        setProgress(value);
      })
      .catch(() => setSaveError('Saved progress could not be read; starting fresh.'))
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [store]);

  const update = useCallback(
    (change: (current: RehearsalProgress) => RehearsalProgress) => {
      const next = change(latest.current);
      latest.current = next;
      setProgress(next);
      saving.current = saving.current
        .then(() => store.save(next))
        .then(() => setSaveError(null))
        .catch(() => setSaveError('Progress could not be saved; it counts for this session only.'));
    },
    [store],
  );

  return { progress, loaded, update, saveError };
}

import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Architecture, Layout } from '../../../core/architecture/model';
import { isAbortError } from './layout-client';
import { getLayoutService } from './layout-service';

export type LayoutState =
  | { status: 'pending'; previous?: { model: Architecture; layout: Layout } }
  | { status: 'ready'; model: Architecture; layout: Layout }
  | { status: 'error'; message: string };

/**
 * Lays out `model` in the worker whenever its content changes; a newer model cancels the
 * layout of an older one. While a new layout runs, the last good one stays available.
 */
export function useLayout(model: Architecture): [LayoutState, () => void] {
  // Keyed on content, so a caller rebuilding an equal model each render does not re-layout.
  const key = useMemo(() => JSON.stringify(model), [model]);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<LayoutState>({ status: 'pending' });

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({
      status: 'pending',
      previous: s.status === 'ready' ? { model: s.model, layout: s.layout } : s.status === 'pending' ? s.previous : undefined,
    }));
    getLayoutService().layout(model, controller.signal).then(
      (layout) => {
        if (!controller.signal.aborted) setState({ status: 'ready', model, layout });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
    // Keyed on content (see above), not on the model object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, retry];
}

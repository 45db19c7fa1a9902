import type { SaveState } from './useAutosave';

/** A quiet line that says the work is safe, or loudly that it is not. */
export function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saving'
      ? 'Saving…'
      : state.kind === 'saved'
        ? 'All changes saved'
        : state.kind === 'error'
          ? `Not saved: ${state.message}`
          : 'Saves automatically as you answer';
  return (
    <p className={`save-status save-status--${state.kind}`} role={state.kind === 'error' ? 'alert' : 'status'}>
      {text}
    </p>
  );
}

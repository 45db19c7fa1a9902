/** Where a keystroke landed, so wizard shortcuts never steal keys from a field being typed in. */

export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}

/** Inside a control that owns its keys (the theme switch, the diagram canvas). */
export function isOptedOut(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[data-no-wizard-keys], .react-flow') !== null;
}

export const hasModifier = (e: KeyboardEvent) => e.ctrlKey || e.metaKey || e.altKey;

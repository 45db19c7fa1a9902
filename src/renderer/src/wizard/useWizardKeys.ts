import { useEffect, useRef } from 'react';
import { hasModifier, isOptedOut, isTextEntry } from './key-targets';

type Handlers = {
  /** Backspace outside a field with text; only called when Back is possible */
  onBack?: () => void;
  /** Escape */
  onHome: () => void;
};

/** Wizard-wide keys: Escape goes home, Backspace goes back (never while editing text). */
export function useWizardKeys(handlers: Handlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || hasModifier(e) || isOptedOut(e.target)) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        ref.current.onHome();
      } else if (e.key === 'Backspace') {
        const t = e.target;
        const typing = isTextEntry(t) && !(t instanceof HTMLInputElement && t.dataset.wizardInput !== undefined && t.value === '');
        if (typing || !ref.current.onBack) return;
        e.preventDefault();
        ref.current.onBack();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

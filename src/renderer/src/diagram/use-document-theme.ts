import { useSyncExternalStore } from 'react';

export type ColourMode = 'light' | 'dark' | 'system';

const read = (): ColourMode => {
  if (typeof document === 'undefined') return 'system';
  const theme = document.documentElement.dataset.theme;
  return theme === 'dark' || theme === 'light' ? theme : 'system';
};

const subscribe = (onChange: () => void) => {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
};

/** The app's theme as html[data-theme] says it, for React Flow's own controls. */
export const useDocumentTheme = (): ColourMode => useSyncExternalStore(subscribe, read, () => 'system');

import type { Theme } from '../../../core/settings/schema';

export type ResolvedTheme = 'light' | 'dark';

const darkQuery = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-color-scheme: dark)')
    : undefined;

export function resolveTheme(theme: Theme, prefersDark = darkQuery()?.matches ?? false): ResolvedTheme {
  if (theme === 'system') return prefersDark ? 'dark' : 'light';
  return theme;
}

/** Puts the theme on <html data-theme>; the CSS variables in styles/theme.css follow it. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): ResolvedTheme {
  const resolved = resolveTheme(theme);
  root.dataset.theme = resolved;
  root.dataset.themeSetting = theme;
  return resolved;
}

/** Re-applies a "system" theme whenever the OS switches between light and dark. */
export function followSystemTheme(theme: Theme): () => void {
  const query = darkQuery();
  if (theme !== 'system' || !query) return () => {};
  const onChange = () => applyTheme('system');
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

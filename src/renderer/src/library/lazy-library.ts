import type { Library } from '../../../core/library';

let pending: Promise<Library> | undefined;

/**
 * The library validated and linted at build time (scripts/vite-prebuilt-library.ts), as its
 * own chunk: fetched and parsed on the first call, the same promise after. Rejects when the
 * chunk cannot be fetched; the next call then tries again.
 */
export function loadBundledLibrary(): Promise<Library> {
  pending ??= import('virtual:archtree/library').then(
    (m) => m.default,
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

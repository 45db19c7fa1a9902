import { useEffect, useState } from 'react';
import type { Library } from '../../../core/library';
import { afterFirstPaint } from '../boot/after-first-paint';

export type LibraryLoad = { library?: Library; error?: string };

/**
 * The whole library (every guide, the catalogue and the facts), fetched once the first
 * screen has painted: the home screen needs only the shelf (src/core/library-shelf.ts), so
 * the ~440 KB gzip of guides never delays the first button. `load` is called once; a failure
 * (a chunk that did not arrive) is kept as a message for the screens that need the library.
 */
export function useLibrary(load: () => Promise<Library>): LibraryLoad {
  const [state, setState] = useState<LibraryLoad>({});
  useEffect(() => {
    let live = true;
    void afterFirstPaint()
      .then(load)
      .then(
        (library) => live && setState({ library }),
        (error: unknown) => live && setState({ error: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}

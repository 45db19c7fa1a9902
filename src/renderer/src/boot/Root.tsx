import { lazy, Suspense, useCallback, useState } from 'react';
import type { Library } from '../../../core/library';
import type { Shelf } from '../../../core/library-shelf';
import { afterFirstPaint } from './after-first-paint';
import { FirstScreen } from './FirstScreen';
import { pointerReleased } from './pointer-released';
import type { Intent } from './intents';

/*
 * The entry chunk holds this, the home screen and the shelf, nothing else. The workbench
 * (App: sessions, settings, rehearsal and architecture stores, with zod and XState) is its
 * own chunk, fetched once the first screen has painted; until it arrives the first screen is
 * its Suspense fallback, and it mounts once.
 */
const Workbench = lazy(async () => {
  await afterFirstPaint();
  const { App } = await import('../App');
  // Never swap the DOM between a press and its release: the click would be lost (./pointer-released.ts).
  await pointerReleased();
  return { default: App };
});

type Props = { shelf: Shelf; loadLibrary: () => Promise<Library> };

export function Root({ shelf, loadLibrary }: Props) {
  // Lifted here so a search typed on the first screen carries over to the workbench's.
  const [query, setQuery] = useState('');
  const [intents, setIntents] = useState<Intent[]>([]);
  const onIntent = useCallback((intent: Intent) => setIntents((all) => [...all, intent]), []);
  // Read when the workbench mounts: the card a keyboard user had reached keeps focus.
  const [focusedGuide, setFocusedGuide] = useState<string | null>(null);
  return (
    <Suspense fallback={<FirstScreen shelf={shelf} query={query} onQuery={setQuery} onIntent={onIntent} onFocusGuide={setFocusedGuide} />}>
      <Workbench shelf={shelf} loadLibrary={loadLibrary} query={query} onQuery={setQuery} intents={intents} focusGuide={focusedGuide} />
    </Suspense>
  );
}

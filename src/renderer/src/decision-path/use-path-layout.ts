import { useEffect, useState } from 'react';
import type { GuideGraph } from '../../../core/guide/guide-graph';
import type { Guide } from '../../../core/guide/schema';
import type { PathLayout } from '../../../core/whatif/path-layout';

export type PathLayoutState = { status: 'pending' } | { status: 'ready'; layout: PathLayout } | { status: 'error'; message: string };

// A guide's tree never changes while the app runs: lay each one out once.
const cache = new WeakMap<Guide, Promise<PathLayout>>();

function layoutOnce(guide: Guide, graph: GuideGraph): Promise<PathLayout> {
  let job = cache.get(guide);
  if (!job) {
    job = import('./path-layout-inline').then((m) => m.layoutPathInline(graph));
    job.catch(() => cache.delete(guide)); // a failure may be retried on the next visit
    cache.set(guide, job);
  }
  return job;
}

export function usePathLayout(guide: Guide, graph: GuideGraph): PathLayoutState {
  const [state, setState] = useState<PathLayoutState>({ status: 'pending' });
  useEffect(() => {
    let live = true;
    setState({ status: 'pending' });
    layoutOnce(guide, graph).then(
      (layout) => live && setState({ status: 'ready', layout }),
      (error: unknown) => live && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [guide, graph]);
  return state;
}

import type { Architecture, Layout } from '../../../core/architecture/model';
import { createLayoutService, type LayoutService, type WorkerLike } from './layout-client';
import { precomputedLayout } from './precomputed-layouts';

let service: LayoutService | undefined;

/** Same-thread layout, loaded only if the worker cannot run. */
async function layoutHere(model: Architecture): Promise<Layout> {
  const { layoutInline } = await import('./layout-inline');
  return layoutInline(model);
}

/** The page's one layout service (one worker, one ELK instance), created on first use. */
export function getLayoutService(): LayoutService {
  service ??= createLayoutService({
    createWorker: typeof Worker === 'undefined'
      ? undefined
      // Kept literally as new Worker(new URL(..., import.meta.url)) so Vite bundles the worker.
      : () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'archtree-layout' }) as unknown as WorkerLike,
    fallback: layoutHere,
    // Every single-guide diagram was laid out at build time; ELK runs only for the rest.
    lookup: precomputedLayout,
  });
  return service;
}

/** Start the layout worker ahead of the first diagram (e.g. when a guide opens). */
export const warmUpLayout = (): void => getLayoutService().warmUp();

import type { Layout } from '../../../core/architecture/model';
import type { LayoutTable } from '../../../core/layout/precompute';
import { layoutLoaders } from 'virtual:archtree/layouts';

/*
 * The layouts of every diagram a guide can draw, computed at build time
 * (scripts/vite-prebuilt-library.ts). A guide's table is fetched when the guide opens, so by
 * its last answer the diagram is a lookup, not an ELK run.
 */

const tables = new Map<string, LayoutTable>();
const pending = new Map<string, Promise<void>>();

/** Fetch `guideId`'s table (once); resolves when it is usable. Unknown guides resolve at once. */
export function preloadGuideLayouts(guideId: string): Promise<void> {
  const load = layoutLoaders[guideId];
  if (!load || tables.has(guideId)) return Promise.resolve();
  let job = pending.get(guideId);
  if (!job) {
    job = load().then(
      (module) => void tables.set(guideId, module.default),
      // A chunk that fails to load only costs speed: ELK lays the diagram out instead.
      (error: unknown) => console.warn(`[archtree] precomputed layouts of ${guideId} did not load`, error),
    ).finally(() => pending.delete(guideId));
    pending.set(guideId, job);
  }
  return job;
}

/**
 * The precomputed layout of a diagram with this shape key: at once when its table is here
 * (or none is on its way), else once the tables on their way have arrived.
 */
export function precomputedLayout(key: string): Layout | undefined | Promise<Layout | undefined> {
  const find = () => {
    for (const table of tables.values()) if (Object.hasOwn(table, key)) return table[key];
    return undefined;
  };
  const now = find();
  if (now || pending.size === 0) return now;
  return Promise.all(pending.values()).then(find);
}

import type { Architecture, Layout } from '../../../core/architecture/model';
import { layoutShapeKey } from '../../../core/layout/shape-key';

/** What the page sends the layout worker, and what comes back. */
export type LayoutRequest = { id: number; model: Architecture };
export type LayoutResponse = { id: number; ok: true; layout: Layout } | { id: number; ok: false; message: string };

/** The part of a Worker we use, so tests can hand in a fake. */
export type WorkerLike = {
  postMessage(message: LayoutRequest): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
};

export type LayoutService = {
  /** Lay out `model`; rejects with an AbortError if `signal` fires first. */
  layout(model: Architecture, signal?: AbortSignal): Promise<Layout>;
  /** start the worker now (it takes a moment to load ELK), before the first diagram is needed */
  warmUp(): void;
  dispose(): void;
};

export type LayoutServiceOptions = {
  /** Creates the worker; undefined or throwing means "no worker here". */
  createWorker?: () => WorkerLike;
  /** Lays out on this thread, used when the worker cannot start. */
  fallback?: (model: Architecture) => Promise<Layout>;
  /** A layout known without ELK for this shape key (precomputed at build time), if any. */
  lookup?: (key: string) => Layout | undefined | Promise<Layout | undefined>;
  /** How many recent layouts to keep by shape key (default 64). */
  cacheSize?: number;
};

type Job = {
  id: number;
  model: Architecture;
  resolve: (layout: Layout) => void;
  reject: (error: unknown) => void;
  done: boolean;
};

const abortError = () => new DOMException('Layout cancelled', 'AbortError');
export const isAbortError = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Layouts are looked up first: in the recent ones by shape key (see layoutShapeKey: same
 * shape, same layout), then through `lookup` (the build's precomputed table); only a miss
 * goes to ELK.
 *
 * One worker, one job at a time. A request aborted while it waits is never sent, and one
 * aborted mid-flight is left to finish and its result dropped, so a burst of model changes
 * costs at most one stale layout. If the worker cannot start (no Worker, a blocked script,
 * a crash), the job runs on this thread through `fallback`, so the user still gets a diagram.
 */
export function createLayoutService(options: LayoutServiceOptions): LayoutService {
  let worker: WorkerLike | undefined;
  let workerFailures = 0;
  let nextId = 1;
  let current: Job | undefined;
  const queue: Job[] = [];
  const recent = new Map<string, Layout>();
  const cacheSize = options.cacheSize ?? 64;
  const remember = (key: string, layout: Layout) => {
    recent.delete(key);
    recent.set(key, layout);
    if (recent.size > cacheSize) recent.delete(recent.keys().next().value!);
  };

  /** `lookup`'s answer; a broken table only costs speed. */
  const lookUp = (key: string): Layout | undefined | Promise<Layout | undefined> => {
    try {
      const found = options.lookup?.(key);
      return found instanceof Promise ? found.catch(() => undefined) : found;
    } catch {
      return undefined;
    }
  };

  const settle = (job: Job, outcome: { layout: Layout } | { error: unknown }) => {
    if (job.done) return;
    job.done = true;
    if ('layout' in outcome) job.resolve(outcome.layout);
    else job.reject(outcome.error);
  };

  const finish = (job: Job) => {
    if (current === job) current = undefined;
    pump();
  };

  const runInline = (job: Job) => {
    if (!options.fallback) {
      settle(job, { error: new Error('Layout is unavailable: the layout worker did not start.') });
      finish(job);
      return;
    }
    options.fallback(job.model).then(
      (layout) => settle(job, { layout }),
      (error: unknown) => settle(job, { error }),
    ).finally(() => finish(job));
  };

  const onWorkerFailure = (message: string) => {
    worker?.terminate();
    worker = undefined;
    workerFailures += 1;
    console.warn(`[archtree] layout worker failed (${message}); laying out on the main thread`);
    const job = current;
    if (job) runInline(job);
  };

  const getWorker = (): WorkerLike | undefined => {
    if (worker || workerFailures >= 2 || !options.createWorker) return worker;
    try {
      const created = options.createWorker();
      created.addEventListener('message', (event) => {
        const data = (event as MessageEvent<LayoutResponse>).data;
        const job = current;
        if (!job || data.id !== job.id) return;
        settle(job, data.ok ? { layout: data.layout } : { error: new Error(data.message) });
        finish(job);
      });
      created.addEventListener('error', (event) => {
        event.preventDefault?.();
        onWorkerFailure((event as ErrorEvent).message || 'worker error');
      });
      created.addEventListener('messageerror', () => onWorkerFailure('unreadable message'));
      worker = created;
    } catch (error) {
      workerFailures = 2;
      console.warn('[archtree] cannot start the layout worker', error);
    }
    return worker;
  };

  /** Queue a job for the worker (or the fallback); resolves with ELK's layout. */
  function viaElk(model: Architecture, signal: AbortSignal | undefined): Promise<Layout> {
    return new Promise<Layout>((resolve, reject) => {
      if (signal?.aborted) return reject(abortError());
      const job: Job = { id: nextId++, model, resolve, reject, done: false };
      signal?.addEventListener('abort', () => {
        const waiting = queue.indexOf(job);
        if (waiting >= 0) queue.splice(waiting, 1);
        settle(job, { error: abortError() });
      }, { once: true });
      queue.push(job);
      pump();
    });
  }

  function pump() {
    if (current) return;
    const job = queue.shift();
    if (!job) return;
    current = job;
    const w = getWorker();
    if (w) w.postMessage({ id: job.id, model: job.model });
    else runInline(job);
  }

  return {
    layout(model, signal) {
      if (signal?.aborted) return Promise.reject(abortError());
      const key = layoutShapeKey(model);
      const known = (layout: Layout) => {
        remember(key, layout);
        return layout;
      };
      const recentHit = recent.get(key);
      if (recentHit) return Promise.resolve(known(recentHit));
      const found = lookUp(key);
      if (found instanceof Promise) {
        return found.then((layout) => {
          if (signal?.aborted) throw abortError();
          return layout ? known(layout) : viaElk(model, signal).then(known);
        });
      }
      return found ? Promise.resolve(known(found)) : viaElk(model, signal).then(known);
    },
    warmUp() {
      getWorker();
    },
    dispose() {
      for (const job of [...queue.splice(0), ...(current ? [current] : [])]) settle(job, { error: abortError() });
      current = undefined;
      worker?.terminate();
      worker = undefined;
    },
  };
}

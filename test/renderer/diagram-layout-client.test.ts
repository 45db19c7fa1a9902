import { describe, expect, it, vi } from 'vitest';
import type { Architecture, Layout } from '../../src/core/architecture/model';
import { createLayoutService, isAbortError, type LayoutRequest, type LayoutResponse, type WorkerLike } from '../../src/renderer/src/diagram/layout-client';

const model = (title: string): Architecture => ({ version: 1, title, containers: [], nodes: [], edges: [] });
const layoutOf = (title: string): Layout => ({ width: title.length, height: 1, containers: [], nodes: [], edges: [] });

/** A worker that records requests and answers when told. */
class FakeWorker implements WorkerLike {
  sent: LayoutRequest[] = [];
  terminated = false;
  private listeners = new Map<string, ((event: Event) => void)[]>();
  postMessage(message: LayoutRequest) { this.sent.push(message); }
  addEventListener(type: string, listener: (event: Event) => void) { this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]); }
  terminate() { this.terminated = true; }
  emit(type: string, event: object) { for (const l of this.listeners.get(type) ?? []) l(event as Event); }
  answer(i = this.sent.length - 1) {
    const req = this.sent[i]!;
    const data: LayoutResponse = { id: req.id, ok: true, layout: layoutOf(req.model.title) };
    this.emit('message', { data });
  }
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('layout service', () => {
  it('runs one job at a time in the worker and answers in order', async () => {
    const worker = new FakeWorker();
    const service = createLayoutService({ createWorker: () => worker });
    const a = service.layout(model('a'));
    const b = service.layout(model('bb'));
    expect(worker.sent.map((r) => r.model.title)).toEqual(['a']);
    worker.answer();
    await expect(a).resolves.toEqual(layoutOf('a'));
    expect(worker.sent.map((r) => r.model.title)).toEqual(['a', 'bb']);
    worker.answer();
    await expect(b).resolves.toEqual(layoutOf('bb'));
  });

  it('never sends a job cancelled while it waits, and drops the result of one cancelled in flight', async () => {
    const worker = new FakeWorker();
    const service = createLayoutService({ createWorker: () => worker });
    const first = new AbortController(), second = new AbortController();
    const a = service.layout(model('a'), first.signal);
    const b = service.layout(model('b'), second.signal);
    const c = service.layout(model('c'));
    first.abort();
    second.abort();
    await expect(a).rejects.toSatisfy(isAbortError);
    await expect(b).rejects.toSatisfy(isAbortError);
    worker.answer(0); // the stale answer for a arrives and is dropped
    await flush();
    expect(worker.sent.map((r) => r.model.title)).toEqual(['a', 'c']);
    worker.answer();
    await expect(c).resolves.toEqual(layoutOf('c'));
  });

  it('reports a layout error from the worker as a rejection', async () => {
    const worker = new FakeWorker();
    const service = createLayoutService({ createWorker: () => worker });
    const a = service.layout(model('a'));
    worker.emit('message', { data: { id: worker.sent[0]!.id, ok: false, message: 'ELK failed' } });
    await expect(a).rejects.toThrow('ELK failed');
  });

  it('falls back to this thread when the worker cannot load', async () => {
    const worker = new FakeWorker();
    const fallback = vi.fn(async (m: Architecture) => layoutOf(m.title));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const service = createLayoutService({ createWorker: () => worker, fallback });
    const a = service.layout(model('abc'));
    worker.emit('error', { message: 'blocked by CSP', preventDefault() {} });
    await expect(a).resolves.toEqual(layoutOf('abc'));
    expect(worker.terminated).toBe(true);
    expect(fallback).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('starts the worker on warm-up, before any job', () => {
    const create = vi.fn(() => new FakeWorker());
    const service = createLayoutService({ createWorker: create });
    service.warmUp();
    service.warmUp();
    expect(create).toHaveBeenCalledOnce();
  });

  it('lays out on this thread when there is no Worker at all', async () => {
    const service = createLayoutService({ fallback: async (m) => layoutOf(m.title) });
    await expect(service.layout(model('xy'))).resolves.toEqual(layoutOf('xy'));
  });

  it('answers a diagram of a shape it has laid out before without the worker', async () => {
    const worker = new FakeWorker();
    const service = createLayoutService({ createWorker: () => worker });
    const first = service.layout(model('abc'));
    worker.answer();
    await expect(first).resolves.toEqual(layoutOf('abc'));
    // Same containers, services and edges, another title: same layout, no second job.
    await expect(service.layout(model('another title'))).resolves.toEqual(layoutOf('abc'));
    expect(worker.sent).toHaveLength(1);
  });

  it('takes a precomputed layout when the lookup knows the shape, and asks the worker when it does not', async () => {
    const worker = new FakeWorker();
    const known = layoutOf('precomputed');
    const service = createLayoutService({ createWorker: () => worker, lookup: async (key) => (key.includes('"lb"') ? known : undefined) });
    const withLb: Architecture = { ...model('x'), nodes: [{ id: 'lb', service: 'aws.elb', label: 'lb', serviceName: 'ELB', provider: 'aws', category: 'networking', provenance: { guide: 'g', outcome: 'o', reason: 'r', answers: [] } }] };
    await expect(service.layout(withLb)).resolves.toBe(known);
    expect(worker.sent).toHaveLength(0);
    const other = service.layout(model('y'));
    await flush();
    expect(worker.sent.map((r) => r.model.title)).toEqual(['y']);
    worker.answer();
    await expect(other).resolves.toEqual(layoutOf('y'));
  });

  it('rejects an already-aborted request and everything pending on dispose', async () => {
    const worker = new FakeWorker();
    const service = createLayoutService({ createWorker: () => worker });
    await expect(service.layout(model('a'), AbortSignal.abort())).rejects.toSatisfy(isAbortError);
    const b = service.layout(model('b'));
    service.dispose();
    await expect(b).rejects.toSatisfy(isAbortError);
    expect(worker.terminated).toBe(true);
  });
});

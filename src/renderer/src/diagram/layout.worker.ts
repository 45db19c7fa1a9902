import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutArchitecture } from '../../../core/layout/elk-layout';
import type { LayoutRequest, LayoutResponse } from './layout-client';

/*
 * The layout worker: a module worker with ELK bundled in (no importScripts, no eval, served
 * from 'self', so it runs under script-src 'self' / worker-src 'self'). One ELK instance,
 * jobs answered in order.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const elk = new ELK();

// elk.bundled.js, when loaded inside *any* worker, installs its own self.onmessage (it thinks it
// is ELK's worker script). Take the handler back.
scope.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { id, model } = event.data;
  let response: LayoutResponse;
  try {
    response = { id, ok: true, layout: await layoutArchitecture(model, elk) };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};

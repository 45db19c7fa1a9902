import { JSDOM } from 'jsdom';

/**
 * A jsdom window and document on globalThis, which mermaid needs to render in Node. ECharts
 * (chart-svg.ts) decides once, when first imported, whether it runs in Node or a browser,
 * and a window without a navigator makes it fail; so it is loaded before the fake window
 * appears, as the CLI (which never has a window) would see it.
 */
export async function installFakeDom(): Promise<void> {
  await import('../../src/core/export/chart-svg');
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
}

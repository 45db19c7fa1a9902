import ELK from 'elkjs/lib/elk.bundled.js';
import type { GuideGraph } from '../../../core/guide/guide-graph';
import { layoutGuideGraph, type PathLayout } from '../../../core/whatif/path-layout';

let elk: InstanceType<typeof ELK> | undefined;

/**
 * ELK on the page's thread, loaded on demand (the same chunk the diagram's fallback uses). A
 * guide graph is a few dozen boxes, laid out once per guide, so the worker is not worth a
 * second protocol.
 */
export function layoutPathInline(graph: GuideGraph): Promise<PathLayout> {
  elk ??= new ELK();
  return layoutGuideGraph(graph, elk);
}

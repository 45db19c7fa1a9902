import ELK from 'elkjs/lib/elk.bundled.js';
import type { Architecture, Layout } from '../../../core/architecture/model';
import { layoutArchitecture } from '../../../core/layout/elk-layout';

let elk: InstanceType<typeof ELK> | undefined;

/** ELK on the page's own thread: the fallback when the layout worker cannot start. */
export function layoutInline(model: Architecture): Promise<Layout> {
  elk ??= new ELK();
  return layoutArchitecture(model, elk);
}

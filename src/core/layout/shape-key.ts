import type { Architecture } from '../architecture/model';
import { containerHeader, nodeSize } from './label-sizes';
import { edgeLabelWidth } from './sizes';

/**
 * Everything the layout of `model` depends on, as one string: the containers with their
 * parents and the room their names need, the services with their parents and sizes (both
 * from the text, ./label-sizes.ts), and the edges with their ends and label widths, all in
 * model order (ELK honours model order). Titles and provenance do not move anything, so two
 * architectures with the same key get the same layout, and a layout can be reused by key.
 */
export function layoutShapeKey(model: Architecture): string {
  return JSON.stringify([
    model.containers.map((c) => {
      const header = containerHeader(c);
      return [c.id, c.parent ?? 0, header.minWidth, header.top];
    }),
    model.nodes.map((n) => {
      const size = nodeSize(n);
      return [n.id, n.parent ?? 0, size.width, size.height];
    }),
    model.edges.map((e) => [e.id, e.from, e.to, e.label ? edgeLabelWidth(e.label) : 0]),
  ]);
}

import type { Architecture } from '../architecture/model';
import { edgeLabelWidth } from './sizes';

/**
 * Everything the layout of `model` depends on, as one string: the containers and services
 * with their parents, and the edges with their ends and label widths, all in model order
 * (ELK honours model order). Titles, service names, container labels and provenance do not
 * move anything (nodes have one fixed size; container labels carry no size for ELK), so two
 * architectures with the same key get the same layout, and a layout can be reused by key.
 */
export function layoutShapeKey(model: Architecture): string {
  return JSON.stringify([
    model.containers.map((c) => [c.id, c.parent ?? 0]),
    model.nodes.map((n) => [n.id, n.parent ?? 0]),
    model.edges.map((e) => [e.id, e.from, e.to, e.label ? edgeLabelWidth(e.label) : 0]),
  ]);
}

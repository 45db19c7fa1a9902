import type { Edge, Node } from '@xyflow/react';
import type { ArchContainer, ArchEdge, ArchNode, Architecture, Box, Layout } from '../../../core/architecture/model';
import type { Mark } from '../../../core/whatif/diff';
import { edgeTitle } from './describe';
import type { Point } from './paths';

/** `mark`: what a what-if comparison says happened to the element (absent outside comparisons). */
export type ServiceNodeData = { node: ArchNode; box: Box; mark?: Mark };
export type ContainerNodeData = { container: ArchContainer; box: Box; depth: number; mark?: Mark };
export type ArchEdgeData = { edge: ArchEdge; points: Point[]; labelAt?: Point; title: string };

export type ServiceFlowNode = Node<ServiceNodeData, 'service'>;
export type ContainerFlowNode = Node<ContainerNodeData, 'container'>;
export type ArchFlowNode = ServiceFlowNode | ContainerFlowNode;
export type ArchFlowEdge = Edge<ArchEdgeData, 'arch'>;

/**
 * Stacking, with React Flow's zIndexMode="manual": containers by depth, every edge above every
 * container (edges run inside and across them), services above edges (edges end on their border).
 */
export const Z = { container: 0, edge: 1000, service: 2000 } as const;

type DomAttributes = NonNullable<Node['domAttributes']>;
const dom = (attrs: Record<string, string>) => attrs as DomAttributes;
const boxOf = (e: Box): Box => ({ x: e.x, y: e.y, width: e.width, height: e.height });

/**
 * Layout + model → React Flow nodes and edges. Containers come first, parents before children
 * (React Flow needs a parent before its children), each positioned relative to its parent.
 */
export function toFlow(layout: Layout, model: Architecture, marks?: Record<string, Mark>): { nodes: ArchFlowNode[]; edges: ArchFlowEdge[] } {
  const containers = new Map(model.containers.map((c) => [c.id, c]));
  const services = new Map(model.nodes.map((n) => [n.id, n]));
  const common = { draggable: false, selectable: false, connectable: false, deletable: false } as const;
  const markOf = (id: string) => (marks?.[id] ? { mark: marks[id] } : {});
  const markAttr = (id: string): Record<string, string> => (marks?.[id] ? { 'data-mark': marks[id] } : {});

  const nodes: ArchFlowNode[] = [];
  for (const el of layout.containers) {
    const container = containers.get(el.id);
    if (!container) continue;
    nodes.push({
      ...common,
      id: el.id,
      type: 'container',
      position: { x: el.relX, y: el.relY },
      width: el.width,
      height: el.height,
      ...(el.parent ? { parentId: el.parent, extent: 'parent' as const } : {}),
      zIndex: Z.container + el.depth,
      focusable: false,
      data: { container, box: boxOf(el), depth: el.depth, ...markOf(el.id) },
      domAttributes: dom({ 'data-kind': 'container', 'data-container-kind': container.kind, ...markAttr(el.id) }),
    });
  }
  // Services in reading order (left to right, then top to bottom): the order Tab visits them.
  const reading = [...layout.nodes].sort((a, b) => a.x - b.x || a.y - b.y);
  for (const el of reading) {
    const node = services.get(el.id);
    if (!node) continue;
    nodes.push({
      ...common,
      id: el.id,
      type: 'service',
      position: { x: el.relX, y: el.relY },
      width: el.width,
      height: el.height,
      ...(el.parent ? { parentId: el.parent, extent: 'parent' as const } : {}),
      zIndex: Z.service,
      // the node's own root takes focus (one tab stop, with its aria-label and description)
      focusable: false,
      data: { node, box: boxOf(el), ...markOf(el.id) },
      domAttributes: dom({ 'data-kind': 'service', 'data-provider': node.provider, 'data-category': node.category, ...markAttr(el.id) }),
    });
  }

  const names = new Map<string, string>([
    ...model.containers.map((c) => [c.id, c.label] as const),
    ...model.nodes.map((n) => [n.id, n.label] as const),
  ]);
  const byId = new Map(model.edges.map((e) => [e.id, e]));
  const edges: ArchFlowEdge[] = layout.edges.flatMap((el) => {
    const edge = byId.get(el.id);
    if (!edge || el.points.length < 2) return [];
    return [{
      id: el.id,
      source: el.from,
      target: el.to,
      type: 'arch' as const,
      zIndex: Z.edge,
      selectable: false,
      focusable: false,
      deletable: false,
      data: { edge, points: el.points, labelAt: el.labelAt, title: edgeTitle(edge, names) },
      domAttributes: { 'data-kind': 'edge', 'data-style': edge.style } as NonNullable<Edge['domAttributes']>,
    }];
  });
  return { nodes, edges };
}

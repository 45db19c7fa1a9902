import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { GuideGraph } from '../guide/guide-graph';
import type { ElkLike } from '../layout/elk-layout';
import { EDGE_LABEL_HEIGHT, edgeLabelWidth } from '../layout/sizes';

/** Sizes of the decision-path boxes, shared by the layout and the React Flow nodes. */
export const PATH_NODE = { question: { width: 220, height: 60 }, outcome: { width: 220, height: 58 } } as const;
/** Longer rule labels are cut for layout (and on screen); the full text is the edge's title. */
export const PATH_LABEL_MAX = 34;

export type PathPoint = { x: number; y: number };
export type PathLayout = {
  width: number;
  height: number;
  nodes: { id: string; x: number; y: number; width: number; height: number }[];
  edges: { id: string; points: PathPoint[]; labelAt?: PathPoint; label: string }[];
};

export const shortRuleLabel = (label: string): string =>
  label.length <= PATH_LABEL_MAX ? label : `${label.slice(0, PATH_LABEL_MAX - 1).trimEnd()}…`;

const OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.spacing.nodeNodeBetweenLayers': '36',
  'elk.spacing.nodeNode': '28',
  'elk.spacing.edgeNode': '16',
  'elk.spacing.edgeEdge': '10',
  'elk.spacing.edgeLabel': '4',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  // Keeps each question's rules left to right in the order the guide lists them.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.padding': '[top=24,left=24,bottom=24,right=24]',
};

/**
 * The guide drawn top-down as a layered tree (ELK), one box per question and outcome and one
 * routed edge per rule. Pure over an injected ELK, so it runs in Node tests and the renderer.
 */
export async function layoutGuideGraph(graph: GuideGraph, elk: ElkLike): Promise<PathLayout> {
  const children: ElkNode[] = graph.nodes.map((n) => ({ id: n.id, ...PATH_NODE[n.kind] }));
  const edges: ElkExtendedEdge[] = graph.edges.map((e) => {
    const label = shortRuleLabel(e.label);
    return {
      id: e.id,
      sources: [e.from],
      targets: [e.to],
      ...(label ? { labels: [{ text: label, width: edgeLabelWidth(label), height: EDGE_LABEL_HEIGHT }] } : {}),
    };
  });
  const root = await elk.layout({ id: '__guide', layoutOptions: OPTIONS, children, edges });
  return {
    width: root.width ?? 0,
    height: root.height ?? 0,
    nodes: (root.children ?? []).map((c) => ({ id: c.id, x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 })),
    edges: (root.edges ?? []).map((e) => {
      const label = e.labels?.[0];
      return {
        id: e.id,
        points: (e.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]).map((p) => ({ x: p.x, y: p.y })),
        labelAt: label ? { x: (label.x ?? 0) + (label.width ?? 0) / 2, y: (label.y ?? 0) + (label.height ?? 0) / 2 } : undefined,
        label: label?.text ?? '',
      };
    }),
  };
}

import type { Edge, Node } from '@xyflow/react';
import { formatAnswer, questionById } from '../../../core/guide/answers';
import type { GuideGraph, PathHighlight } from '../../../core/guide/guide-graph';
import type { Answers, Guide } from '../../../core/guide/schema';
import type { PathLayout, PathPoint } from '../../../core/whatif/path-layout';

/** taken: on the user's path; suggested: on the path "what would lead here" proposes; off: dimmed. */
export type PathState = 'taken' | 'suggested' | 'off';

export type QuestionNodeData = { label: string; prompt: string; state: PathState; answer?: string; proposed?: string; end: boolean };
export type OutcomeNodeData = { outcome: string; label: string; state: PathState; current: boolean; selected: boolean };
export type RuleEdgeData = { points: PathPoint[]; labelAt?: PathPoint; label: string; title: string; state: PathState };

export type PathFlowNode = Node<QuestionNodeData, 'question'> | Node<OutcomeNodeData, 'outcome'>;
export type PathFlowEdge = Edge<RuleEdgeData, 'rule'>;

type Input = {
  guide: Guide;
  graph: GuideGraph;
  layout: PathLayout;
  taken: PathHighlight;
  answers: Answers;
  /** the proposed path and its answers, while an outcome is selected */
  suggested?: { highlight: PathHighlight; answers: Answers };
  selected?: string;
};

// Taken paths draw above suggested ones, and both above dimmed branches.
const EDGE_Z: Record<PathState, number> = { off: 0, suggested: 1, taken: 2 };

/** The guide graph, laid out, as React Flow nodes and edges with each one's place on the paths. */
export function toPathFlow({ guide, graph, layout, taken, answers, suggested, selected }: Input): { nodes: PathFlowNode[]; edges: PathFlowEdge[] } {
  const boxes = new Map(layout.nodes.map((n) => [n.id, n]));
  const routes = new Map(layout.edges.map((e) => [e.id, e]));
  const stateOf = (id: string, on: (h: PathHighlight) => string[]): PathState =>
    on(taken).includes(id) ? 'taken' : suggested && on(suggested.highlight).includes(id) ? 'suggested' : 'off';
  const common = { draggable: false, selectable: false, connectable: false, deletable: false, focusable: false } as const;

  const nodes = graph.nodes.flatMap((n): PathFlowNode[] => {
    const box = boxes.get(n.id);
    if (!box) return [];
    const place = { ...common, id: n.id, position: { x: box.x, y: box.y }, width: box.width, height: box.height };
    const state = stateOf(n.id, (h) => h.nodes);
    if (n.kind === 'outcome') {
      return [{ ...place, type: 'outcome', data: { outcome: n.ref, label: n.label, state, current: taken.end === n.id, selected: selected === n.ref } }];
    }
    const question = questionById(guide, n.ref)!;
    const given = state === 'taken' ? answers[n.ref] : undefined;
    const next = suggested && suggested.highlight.nodes.includes(n.id) ? suggested.answers[n.ref] : undefined;
    return [{
      ...place,
      type: 'question',
      data: {
        label: n.label,
        prompt: n.detail,
        state,
        answer: given !== undefined ? formatAnswer(question, given) : undefined,
        proposed: next !== undefined && next !== given ? formatAnswer(question, next) : undefined,
        end: taken.end === n.id,
      },
    }];
  });

  const full = new Map(graph.edges.map((e) => [e.id, e]));
  const edges = layout.edges.flatMap((route): PathFlowEdge[] => {
    const edge = full.get(route.id);
    if (!edge || route.points.length < 2) return [];
    const state = stateOf(edge.id, (h) => h.edges);
    return [{
      id: edge.id,
      source: edge.from,
      target: edge.to,
      type: 'rule',
      zIndex: EDGE_Z[state],
      selectable: false,
      focusable: false,
      deletable: false,
      data: { points: route.points, labelAt: route.labelAt, label: route.label, title: edge.label, state },
    }];
  });
  return { nodes, edges };
}

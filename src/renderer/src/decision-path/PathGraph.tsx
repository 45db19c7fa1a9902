import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow, type FitViewOptions } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo } from 'react';
import { useDocumentTheme } from '../diagram/use-document-theme';
import { toPathFlow, type PathFlowNode } from './path-flow';
import { OutcomeNode, QuestionNode, RuleEdge, SelectOutcome } from './PathNodes';
import { READ_ONLY_FLOW } from '../diagram/read-only-flow';

const nodeTypes = { question: QuestionNode, outcome: OutcomeNode };
const edgeTypes = { rule: RuleEdge };

type Props = Parameters<typeof toPathFlow>[0] & { onSelect: (outcome: string) => void };

/**
 * The guide as a tree in React Flow, the user's path highlighted and the rest dimmed. It
 * opens on the user's path (the whole tree is often too tall to read at once); pan, zoom or
 * use the minimap for the rest.
 */
export function PathGraph(props: Props) {
  return (
    <ReactFlowProvider>
      <PathCanvas {...props} />
    </ReactFlowProvider>
  );
}

function PathCanvas({ onSelect, ...input }: Props) {
  const colorMode = useDocumentTheme();
  const flow = useMemo(() => toPathFlow(input), [input.guide, input.graph, input.layout, input.taken, input.answers, input.suggested, input.selected]); // eslint-disable-line react-hooks/exhaustive-deps
  // Opens on the user's path, readable; computed once so selecting an outcome does not jump.
  const fit = useMemo<FitViewOptions>(() => ({ nodes: input.taken.nodes.map((id) => ({ id })), padding: 0.12, maxZoom: 1, minZoom: 0.45 }), [input.taken]);
  // A proposed path often runs off screen: bring it and the user's path into view together.
  const { fitView } = useReactFlow();
  const { suggested, taken } = input;
  useEffect(() => {
    if (!suggested) return;
    const ids = new Set([...taken.nodes, ...suggested.highlight.nodes]);
    void fitView({ ...fit, nodes: [...ids].map((id) => ({ id })), duration: 300 });
  }, [suggested, taken, fit, fitView]);

  return (
    <SelectOutcome.Provider value={onSelect}>
      <div className="path-canvas archtree-diagram" data-testid="decision-path-graph">
        <ReactFlow<PathFlowNode>
          nodes={flow.nodes}
          edges={flow.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          colorMode={colorMode}
          fitView
          fitViewOptions={fit}
          minZoom={0.1}
          maxZoom={2}
          {...READ_ONLY_FLOW}
        >
          <Background variant={BackgroundVariant.Dots} gap={22} size={1.2} color="var(--at-dots)" />
          <Controls showInteractive={false} position="bottom-left" />
          <MiniMap<PathFlowNode>
            position="bottom-right"
            style={{ width: 150, height: 110 }}
            pannable
            zoomable
            ariaLabel="Overview of the guide"
            nodeClassName={(n) => `path-mini is-${n.data.state}${n.type === 'outcome' ? ' is-outcome' : ''}`}
            nodeBorderRadius={6}
          />
        </ReactFlow>
      </div>
    </SelectOutcome.Provider>
  );
}

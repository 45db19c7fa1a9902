import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow, useStoreApi, type FitViewOptions } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type CSSProperties } from 'react';
import type { Architecture, Box } from '../../../core/architecture/model';
import type { Mark } from '../../../core/whatif/diff';
import { providerColour } from '../../../core/architecture/icons';
import { ArchEdge } from './ArchEdge';
import { ContainerNode } from './ContainerNode';
import { DiagramContext, type ActiveItem, type DiagramActions } from './diagram-context';
import { EdgeLegend } from './EdgeLegend';
import { ProvenancePopover } from './ProvenancePopover';
import { ServiceNode } from './ServiceNode';
import { toFlow, type ArchFlowEdge, type ArchFlowNode } from './to-flow';
import { useDocumentTheme } from './use-document-theme';
import { useLayout } from './use-layout';
import './diagram.css';
import { READ_ONLY_FLOW } from './read-only-flow';

const nodeTypes = { service: ServiceNode, container: ContainerNode };
const edgeTypes = { arch: ArchEdge };
const FIT: FitViewOptions = { padding: 0.08, maxZoom: 1.25 };
const HOVER_GRACE_MS = 150;
const EDGE_STYLES = ['sync', 'async', 'replication', 'network'] as const;

/**
 * The recommended architecture, laid out by ELK in a Web Worker and drawn with React Flow.
 * Pan and zoom; hover or focus a service to see why it is there.
 */
export function ArchitectureDiagram({ model, marks }: { model: Architecture; marks?: Record<string, Mark> }) {
  return (
    <ReactFlowProvider>
      <DiagramBody model={model} marks={marks} />
    </ReactFlowProvider>
  );
}

/** `marks` (from a what-if comparison) highlight added, removed and changed elements. */
function DiagramBody({ model, marks }: { model: Architecture; marks?: Record<string, Mark> }) {
  const [state, retry] = useLayout(model);
  const shown = state.status === 'ready' ? state : state.status === 'pending' ? state.previous : undefined;
  const flow = useMemo(() => (shown ? toFlow(shown.layout, shown.model, marks) : undefined), [shown?.layout, shown?.model, marks]);

  return (
    <div
      className="archtree-diagram"
      data-testid="architecture-diagram"
      data-status={state.status}
      role="region"
      aria-roledescription="architecture diagram"
      aria-label={model.title}
      aria-busy={state.status === 'pending'}
      // Frames that size to the drawing read this (a tall DR pair needs a tall frame).
      style={shown ? ({ '--arch-aspect': String(Math.max(shown.layout.width, 1) / Math.max(shown.layout.height, 1)) } as CSSProperties) : undefined}
    >
      {flow && <DiagramCanvas nodes={flow.nodes} edges={flow.edges} model={shown!.model} />}
      {state.status === 'pending' && (
        <div className={`arch-status${flow ? ' arch-status--over' : ''}`} role="status" data-testid="diagram-status">
          <span className="arch-status__spinner" aria-hidden="true" />
          Laying out…
        </div>
      )}
      {state.status === 'error' && (
        <div className="arch-error" role="alert" data-testid="diagram-error">
          <strong>The diagram could not be drawn.</strong>
          <span className="arch-error__detail">{state.message}</span>
          <button type="button" className="arch-error__retry" onClick={retry}>Try again</button>
        </div>
      )}
      {state.status === 'ready' && model.nodes.length === 0 && (
        <div className="arch-status" role="status">This outcome has nothing to draw.</div>
      )}
    </div>
  );
}

function DiagramCanvas({ nodes, edges, model }: { nodes: ArchFlowNode[]; edges: ArchFlowEdge[]; model: Architecture }) {
  const { fitView, setCenter, getViewport } = useReactFlow();
  const store = useStoreApi();
  const colorMode = useDocumentTheme();
  const popoverId = `${useId()}-provenance`;
  const [active, setActive] = useState<ActiveItem | null>(null);
  const focused = useRef<ActiveItem | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const wrapper = useRef<HTMLDivElement>(null);

  // Fit the whole diagram whenever a new layout arrives (React Flow queues it until measured).
  useEffect(() => {
    setActive(null);
    focused.current = null;
    void fitView(FIT);
  }, [nodes, fitView]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const actions = useMemo<DiagramActions>(() => ({
    show(item) {
      clearTimeout(timer.current);
      if (item.via === 'focus') focused.current = item;
      setActive(item);
    },
    hide(id, via) {
      clearTimeout(timer.current);
      if (via === 'focus') {
        if (focused.current?.id === id) focused.current = null;
        setActive((a) => (a?.id === id ? null : a));
        return;
      }
      timer.current = setTimeout(() => setActive((a) => (a?.id === id ? focused.current : a)), HOVER_GRACE_MS);
    },
    reveal(box: Box) {
      // Tabbing to a node outside the view pans to it (the pane never scrolls on its own).
      const pane = wrapper.current?.querySelector('.react-flow');
      if (pane) [pane.scrollTop, pane.scrollLeft] = [0, 0];
      const { width, height } = store.getState();
      const { x, y, zoom } = getViewport();
      const left = box.x * zoom + x, top = box.y * zoom + y;
      const visible = left >= 0 && top >= 0 && left + box.width * zoom <= width && top + box.height * zoom <= height;
      if (!visible) void setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom, duration: 200 });
    },
  }), [getViewport, setCenter, store]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && active) {
      focused.current = null;
      setActive(null);
    }
  };
  const styles = useMemo(() => EDGE_STYLES.filter((style) => model.edges.some((e) => e.style === style)), [model]);

  return (
    <DiagramContext.Provider value={actions}>
      <div className="arch-canvas" ref={wrapper} onKeyDown={onKeyDown}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          zIndexMode="manual"
          colorMode={colorMode}
          fitView
          fitViewOptions={FIT}
          minZoom={0.05}
          maxZoom={2.5}
          {...READ_ONLY_FLOW}
          onPaneClick={() => setActive(focused.current)}
        >
          <Background variant={BackgroundVariant.Dots} gap={22} size={1.2} color="var(--at-dots)" />
          <Controls showInteractive={false} position="bottom-left" fitViewOptions={FIT} />
          {model.nodes.length > 10 && (
            <MiniMap<ArchFlowNode>
              position="bottom-right"
              pannable
              zoomable
              ariaLabel="Overview of the diagram"
              nodeColor={(n) => (n.type === 'service' ? providerColour(n.data.node.provider) : 'rgb(120 130 150 / 0.08)')}
              nodeStrokeColor={(n) => (n.type === 'container' ? 'rgb(120 130 150 / 0.6)' : 'transparent')}
              nodeStrokeWidth={2}
              nodeBorderRadius={4}
            />
          )}
          {styles.length > 0 && <EdgeLegend styles={styles} />}
          {active && (
            <ProvenancePopover
              item={active}
              id={popoverId}
              onPointerEnter={() => clearTimeout(timer.current)}
              onPointerLeave={() => actions.hide(active.id, 'hover')}
            />
          )}
        </ReactFlow>
      </div>
    </DiagramContext.Provider>
  );
}

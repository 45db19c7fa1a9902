import { BaseEdge, Handle, Position, type EdgeProps, type NodeProps } from '@xyflow/react';
import { createContext, memo, useContext, useId, type KeyboardEvent } from 'react';
import { EDGE_LABEL_HEIGHT, edgeLabelWidth } from '../../../core/layout/sizes';
import { labelPoint, svgPathFromPoints, trimEnd } from '../diagram/paths';
import type { PathFlowEdge, PathFlowNode } from './path-flow';

/** How an outcome node tells the view it was chosen. */
export const SelectOutcome = createContext<(outcome: string) => void>(() => {});

type QuestionFlowNode = Extract<PathFlowNode, { type: 'question' }>;
type OutcomeFlowNode = Extract<PathFlowNode, { type: 'outcome' }>;

const handles = (
  <>
    <Handle type="target" position={Position.Top} isConnectable={false} className="arch-handle" />
    <Handle type="source" position={Position.Bottom} isConnectable={false} className="arch-handle" />
  </>
);

/** A question: its short name, its prompt, and the answer given (and the one proposed). */
export const QuestionNode = memo(function QuestionNode({ data }: NodeProps<QuestionFlowNode>) {
  return (
    <div className={`path-node path-node--question is-${data.state}${data.end ? ' is-end' : ''}`} title={data.prompt}>
      {handles}
      <span className="path-node__label">{data.label}</span>
      {data.answer !== undefined ? (
        <span className="path-node__answer">
          <span className={data.proposed ? 'path-node__was' : undefined}>{data.answer}</span>
          {data.proposed && <span className="path-node__proposed"> → {data.proposed}</span>}
        </span>
      ) : data.proposed ? (
        <span className="path-node__answer path-node__proposed">{data.proposed}</span>
      ) : (
        <span className="path-node__prompt">{data.prompt}</span>
      )}
    </div>
  );
});

/** An outcome: the user's is marked; any other can be chosen to ask what would lead there. */
export const OutcomeNode = memo(function OutcomeNode({ data }: NodeProps<OutcomeFlowNode>) {
  const select = useContext(SelectOutcome);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(data.outcome);
    }
  };
  return (
    <div
      className={`path-node path-node--outcome is-${data.state}${data.current ? ' is-current' : ''}${data.selected ? ' is-selected' : ''}`}
      data-testid={`path-outcome-${data.outcome}`}
      role="button"
      tabIndex={0}
      aria-pressed={data.selected}
      /* the name starts with the visible text (WCAG 2.5.3, label in name), then says what a press does */
      aria-label={data.current ? `Your outcome ${data.label}` : `Outcome ${data.label}: ask what would lead here`}
      onClick={() => select(data.outcome)}
      onKeyDown={onKeyDown}
    >
      {handles}
      <span className="path-node__kind">{data.current ? 'Your outcome' : 'Outcome'}</span>{' '}
      <span className="path-node__title">{data.label}</span>
    </div>
  );
});

const ARROW = 8;

/** A rule, drawn along ELK's route, labelled with its condition (cut short; the title has it all). */
export const RuleEdge = memo(function RuleEdge({ id, data }: EdgeProps<PathFlowEdge>) {
  const marker = `path-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  if (!data) return null;
  const path = svgPathFromPoints(trimEnd(data.points, ARROW - 1), 6);
  const at = labelPoint(data.points, data.labelAt);
  const width = data.label ? edgeLabelWidth(data.label) : 0;
  return (
    <g className={`path-edge is-${data.state}`} data-edge={id}>
      <title>{data.title || 'always'}</title>
      <defs>
        <marker id={marker} viewBox={`0 0 ${ARROW} 8`} refX={1} refY={4} markerWidth={ARROW} markerHeight={8} markerUnits="userSpaceOnUse" orient="auto">
          <path d={`M0 0L${ARROW} 4L0 8z`} className="path-edge__arrow" />
        </marker>
      </defs>
      <BaseEdge id={id} path={path} markerEnd={`url(#${marker})`} interactionWidth={10} />
      {data.label && at && (
        <g className="path-edge__label" transform={`translate(${at.x} ${at.y})`}>
          <rect x={-width / 2} y={-EDGE_LABEL_HEIGHT / 2} width={width} height={EDGE_LABEL_HEIGHT} rx={4} />
          <text textAnchor="middle" dominantBaseline="central">{data.label}</text>
        </g>
      )}
    </g>
  );
});

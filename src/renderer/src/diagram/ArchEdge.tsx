import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo, useId } from 'react';
import { EDGE_LABEL_HEIGHT, edgeLabelWidth } from '../../../core/layout/sizes';
import { useDiagramActions } from './diagram-context';
import { edgeAppearance, labelPoint, svgPathFromPoints, trimEnd } from './paths';
import type { ArchFlowEdge } from './to-flow';

const ARROW_LENGTH = 9;
const CORNER_RADIUS = 6;

/**
 * An edge drawn along ELK's orthogonal route (not React Flow's own routing), with an arrowhead
 * at the target's border and the label where ELK reserved room for it.
 */
export const ArchEdge = memo(function ArchEdge({ id, data }: EdgeProps<ArchFlowEdge>) {
  const { show, hide } = useDiagramActions();
  const markerId = `arch-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  if (!data) return null;
  const { edge, points, labelAt, title } = data;
  const look = edgeAppearance(edge.style);
  const path = svgPathFromPoints(trimEnd(points, ARROW_LENGTH - 1), CORNER_RADIUS);
  const at = labelPoint(points, labelAt);
  const width = edge.label ? edgeLabelWidth(edge.label) : 0;
  const onEnter = () => show({
    kind: 'edge', id, title, provenance: edge.provenance, via: 'hover',
    anchor: at ? { x: at.x - width / 2, y: at.y - EDGE_LABEL_HEIGHT / 2, width, height: EDGE_LABEL_HEIGHT } : { x: 0, y: 0, width: 0, height: 0 },
  });

  return (
    <g className={`arch-edge ${look.className}`} onMouseEnter={onEnter} onMouseLeave={() => hide(id, 'hover')}>
      <defs>
        <marker
          id={markerId}
          viewBox={`0 0 ${ARROW_LENGTH} 8`}
          refX={1}
          refY={4}
          markerWidth={ARROW_LENGTH}
          markerHeight={8}
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          <path d={`M0 0L${ARROW_LENGTH} 4L0 8z`} style={{ fill: look.colour }} />
        </marker>
      </defs>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={`url(#${markerId})`}
        interactionWidth={14}
        style={{ stroke: look.colour, strokeWidth: look.strokeWidth, strokeDasharray: look.dash }}
      />
      {edge.label && at && (
        <g className="arch-edge__label" transform={`translate(${at.x} ${at.y})`}>
          <rect x={-width / 2} y={-EDGE_LABEL_HEIGHT / 2} width={width} height={EDGE_LABEL_HEIGHT} rx={4} />
          <text textAnchor="middle" dominantBaseline="central">{edge.label}</text>
        </g>
      )}
    </g>
  );
});

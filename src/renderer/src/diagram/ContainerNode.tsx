import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { containerKindLabel } from '../../../core/architecture/icons';
import { useDiagramActions } from './diagram-context';
import type { ContainerFlowNode } from './to-flow';

const HEADER_HEIGHT = 30;

/** A boundary (cloud, region, VPC, AZ, subnet…): a tinted, labelled box; its header explains it on hover. */
export const ContainerNode = memo(function ContainerNode({ id, data }: NodeProps<ContainerFlowNode>) {
  const { container, box } = data;
  const { show, hide } = useDiagramActions();
  const kind = containerKindLabel(container.kind, container.tier);
  const tier = container.kind === 'subnet' ? ` arch-container--tier-${container.tier ?? 'none'}` : '';

  return (
    <div
      className={`arch-container arch-container--${container.kind}${tier}`}
      data-kind="container"
      data-container-kind={container.kind}
      data-testid={`container-node-${id}`}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} className="arch-handle" />
      <div
        className="arch-container__header"
        onMouseEnter={() => show({
          kind: 'container', id, title: container.label, subtitle: kind, provenance: container.provenance,
          anchor: { x: box.x, y: box.y, width: Math.min(box.width, 260), height: HEADER_HEIGHT }, via: 'hover',
        })}
        onMouseLeave={() => hide(id, 'hover')}
      >
        <span className="arch-container__kind">{kind}</span>
        <span className="arch-container__label">{container.label}</span>
      </div>
      <Handle type="source" position={Position.Right} isConnectable={false} className="arch-handle" />
    </div>
  );
});

import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useId, type CSSProperties, type KeyboardEvent } from 'react';
import { ICON_VIEWBOX, categoryIcon, providerColour } from '../../../core/architecture/icons';
import { provenanceDescription, serviceAriaLabel, serviceTitle } from './describe';
import { useDiagramActions } from './diagram-context';
import { useOfficialIcon } from './use-official-icon';
import type { ServiceFlowNode } from './to-flow';

/** What a what-if comparison badge says (the colour alone would not tell everyone). */
const MARK_TEXT = { added: 'New', removed: 'Removed', changed: 'Changed' } as const;
const EQUIVALENCE_TEXT = { differs: 'Differs', none: 'No equivalent' } as const;

/** A service: provider stripe, category icon, label and the catalogue name; explains itself on hover or focus. */
export const ServiceNode = memo(function ServiceNode({ id, data }: NodeProps<ServiceFlowNode>) {
  const { node, box, mark } = data;
  // After a provider switch (src/core/architecture/provider.ts): the equivalent behaves differently, or there is none.
  const equivalence = node.provenance.equivalence;
  const { show, hide, reveal } = useDiagramActions();
  const descriptionId = `${useId()}-why`;
  const icon = categoryIcon(node.category);
  // The provider's official icon (loaded lazily), else the category glyph.
  const official = useOfficialIcon(node.service);
  const item = (via: 'hover' | 'focus') => ({
    kind: 'service' as const, id, title: node.serviceName, subtitle: node.label !== node.serviceName ? node.label : undefined,
    provenance: node.provenance, anchor: box, via,
  });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') hide(id, 'focus');
  };

  return (
    <div
      className={`arch-service${mark ? ` arch-service--${mark}` : ''}`}
      data-kind="service"
      data-testid={`service-node-${id}`}
      data-provider={node.provider}
      style={{ '--at-provider': providerColour(node.provider) } as CSSProperties}
      tabIndex={0}
      role="group"
      aria-roledescription="service"
      aria-label={`${serviceAriaLabel(node)}${mark ? ` (${mark})` : ''}${equivalence ? ` (${EQUIVALENCE_TEXT[equivalence.kind].toLowerCase()}: ${equivalence.note})` : ''}`}
      data-equivalence={equivalence?.kind}
      aria-describedby={descriptionId}
      onMouseEnter={() => show(item('hover'))}
      onMouseLeave={() => hide(id, 'hover')}
      onFocus={() => {
        reveal(box);
        show(item('focus'));
      }}
      onBlur={() => hide(id, 'focus')}
      onKeyDown={onKeyDown}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} className="arch-handle" />
      <span className={`arch-service__icon${official ? ' arch-service__icon--official' : ''}`} aria-hidden="true" data-icon={official ? 'official' : 'glyph'}>
        {official ? (
          <img src={official} alt="" width="30" height="30" draggable={false} />
        ) : (
          <svg viewBox={ICON_VIEWBOX} width="20" height="20">
            <path d={icon.path} />
          </svg>
        )}
      </span>
      <span className="arch-service__text">
        <span className="arch-service__label">{node.label}</span>
        <span className="arch-service__name">{node.serviceName}</span>
      </span>
      {mark && <span className={`arch-mark arch-mark--${mark}`} aria-hidden="true">{MARK_TEXT[mark]}</span>}
      {equivalence && <span className={`arch-equiv arch-equiv--${equivalence.kind}`} title={equivalence.note} aria-hidden="true">{EQUIVALENCE_TEXT[equivalence.kind]}</span>}
      <span id={descriptionId} className="arch-visually-hidden">
        {provenanceDescription(serviceTitle(node), node.provenance)}
      </span>
      <Handle type="source" position={Position.Right} isConnectable={false} className="arch-handle" />
    </div>
  );
});

import { useStore, type ReactFlowState } from '@xyflow/react';
import type { ActiveItem } from './diagram-context';

const selectView = (s: ReactFlowState) => ({ transform: s.transform, width: s.width, height: s.height });
const sameView = (a: ReturnType<typeof selectView>, b: ReturnType<typeof selectView>) =>
  a.width === b.width && a.height === b.height && a.transform.every((v, i) => v === b.transform[i]);

const MAX_WIDTH = 320;
const GAP = 8;

/**
 * The "why is this here" card: what the element is, the reason, and the answers that put it
 * there. Drawn in screen space (it does not shrink when zoomed out) next to its element.
 */
export function ProvenancePopover({ item, id, onPointerEnter, onPointerLeave }: {
  item: ActiveItem;
  id: string;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}) {
  const { transform: [tx, ty, zoom], width, height } = useStore(selectView, sameView);
  const { anchor, provenance } = item;
  const top = anchor.y * zoom + ty;
  const bottom = (anchor.y + anchor.height) * zoom + ty;
  const centre = (anchor.x + anchor.width / 2) * zoom + tx;
  const below = top < height * 0.45;
  const half = Math.min(MAX_WIDTH, width - 16) / 2;
  const left = Math.max(8 + half, Math.min(width - 8 - half, centre));

  return (
    <div
      id={id}
      role="tooltip"
      className={`arch-popover arch-popover--${below ? 'below' : 'above'}`}
      data-testid="provenance-popover"
      data-for={item.id}
      style={{ left, top: below ? bottom + GAP : top - GAP, maxWidth: half * 2 }}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <div className="arch-popover__title">{item.title}</div>
      {item.subtitle && <div className="arch-popover__subtitle">{item.subtitle}</div>}
      <p className="arch-popover__reason">{provenance.reason}</p>
      {provenance.answers.length > 0 && (
        <>
          <div className="arch-popover__heading">Because you answered</div>
          <ul className="arch-popover__answers">
            {provenance.answers.map((a) => (
              <li key={a.question}>
                <span className="arch-popover__prompt">{a.prompt}</span>
                <span className="arch-popover__arrow" aria-hidden="true"> → </span>
                <span className="arch-popover__answer">{a.answer}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

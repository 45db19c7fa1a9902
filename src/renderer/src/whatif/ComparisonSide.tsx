import type { ReactNode } from 'react';
import type { Side } from '../../../core/whatif/compare';

type Props = { tag: string; side: Side; highlight?: boolean; children: ReactNode };

/** One side of the comparison: its outcome and its diagram. */
export function ComparisonSide({ tag, side, highlight, children }: Props) {
  const { outcome } = side.recommendation;
  const after = tag !== 'Now';
  return (
    <div className={`whatif__side${after ? ' whatif__side--after' : ''}`} data-outcome={outcome.id} data-side={after ? 'after' : 'before'}>
      <div className="whatif__side-head">
        <span className={`whatif__tag${after ? ' whatif__tag--after' : ''}`}>{tag}</span>
        {highlight && <span className="whatif__moved">New recommendation</span>}
      </div>
      <h4 className="whatif__outcome">{outcome.title}</h4>
      <p className="whatif__summary">{outcome.summary}</p>
      <div className="whatif__frame">{children}</div>
    </div>
  );
}

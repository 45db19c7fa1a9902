import { Panel } from '@xyflow/react';
import type { ArchEdge } from '../../../core/architecture/model';
import { edgeAppearance } from './paths';

const NAMES: Record<ArchEdge['style'], string> = { sync: 'Request', async: 'Message', replication: 'Replication', network: 'Network' };

/** Which line means what, for the edge styles this diagram uses. */
export function EdgeLegend({ styles }: { styles: ArchEdge['style'][] }) {
  return (
    <Panel position="top-right" className="arch-legend" aria-label="Legend">
      <ul>
        {styles.map((style) => {
          const look = edgeAppearance(style);
          return (
            <li key={style} title={look.meaning}>
              <svg width="28" height="8" aria-hidden="true">
                <line x1="1" y1="4" x2="27" y2="4" strokeLinecap={style === 'replication' ? 'round' : 'butt'}
                  style={{ stroke: look.colour, strokeWidth: look.strokeWidth, strokeDasharray: look.dash }} />
              </svg>
              {NAMES[style]}
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}

import { Panel } from '@xyflow/react';
import type { ArchEdge } from '../../../core/architecture/model';
import { edgeAppearance } from './paths';

// The guides draw two things in the thick 'network' style: network paths (a VPN, a route table)
// and a control plane acting on a service (ECS placing tasks, an SCP capping a role).
const NAMES: Record<ArchEdge['style'], string> = { sync: 'Request', async: 'Message', replication: 'Replication', network: 'Network or control' };

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

import type { ArchitectureDiff } from '../../../core/whatif/diff';

/** Counts per mark over services and boundaries, with the colour key the diagrams use. */
export function MarkLegend({ diff }: { diff: ArchitectureDiff }) {
  const count = (k: 'added' | 'removed' | 'changed') => diff.nodes[k].length + diff.containers[k].length;
  const items = [
    { mark: 'added', text: 'New', n: count('added'), where: 'in the what-if' },
    { mark: 'removed', text: 'Removed', n: count('removed'), where: 'shown in the current diagram' },
    { mark: 'changed', text: 'Changed', n: count('changed'), where: 'in both' },
  ] as const;
  const total = items.reduce((sum, i) => sum + i.n, 0);
  return (
    <ul className="whatif__legend" role="list" aria-label="Differences between the diagrams">
      {total === 0 && <li className="whatif__legend-item">The diagrams draw the same services.</li>}
      {total > 0 && items.map((i) => (
        <li key={i.mark} className={`whatif__legend-item${i.n === 0 ? ' is-zero' : ''}`} data-mark={i.mark} title={`${i.text}: ${i.where}`}>
          <span className={`whatif__swatch whatif__swatch--${i.mark}`} aria-hidden="true" />
          {i.text} <strong>{i.n}</strong>
        </li>
      ))}
    </ul>
  );
}

import type { Recommendation } from '../../../core/recommendation/types';
import { guideConflicts } from '../../../core/recommendation/conflicts';

/**
 * Beside the composed diagram: where the guides disagree (src/core/recommendation/conflicts.ts),
 * each with the answer that ruled the service out, so the user can redo one of the guides.
 * Nothing when they agree.
 */
export function GuideConflicts({ recommendations }: { recommendations: readonly Recommendation[] }) {
  const conflicts = guideConflicts(recommendations);
  if (conflicts.length === 0) return null;
  return (
    <section className="panel callout callout--warning" aria-labelledby="guide-conflicts-title" data-testid="guide-conflicts">
      <h3 id="guide-conflicts-title" className="panel__title">Where the guides disagree</h3>
      <ul>
        {conflicts.map((c) => (
          <li key={`${c.ruledBy.id}|${c.recommendedBy.id}|${c.service.id}`}>{c.text}</li>
        ))}
      </ul>
    </section>
  );
}

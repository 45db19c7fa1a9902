import type { Guide } from '../../../core/guide/schema';
import type { ArchitectureRunState } from './state';

type Props = {
  guides: readonly Guide[];
  runs: ArchitectureRunState[];
  onAdd: (guideId: string) => void;
  onRedo: (guideId: string) => void;
  onRemove: (guideId: string) => void;
};

/** The guides in this architecture, in the order they were run, and a way to add another. */
export function SessionGuides({ guides, runs, onAdd, onRedo, onRemove }: Props) {
  const byId = new Map(guides.map((g) => [g.id, g]));
  const left = guides.filter((g) => !runs.some((r) => r.guideId === g.id));
  return (
    <section className="panel arch-session" aria-labelledby="arch-session-title">
      <h3 id="arch-session-title" className="panel__title">Guides in this architecture</h3>
      {runs.length === 0 ? (
        <p className="arch-session__empty">
          No guide yet. Add one: each runs in the usual wizard, and its outcome joins the diagram, sharing one region, VPC and set of AZs
          with the others.
        </p>
      ) : (
        <ol className="arch-session__list" data-testid="architecture-guides">
          {runs.map((run) => {
            const guide = byId.get(run.guideId);
            const outcome = guide?.outcomes.find((o) => o.id === run.decided.outcome);
            return (
              <li key={run.guideId} className="arch-session__item" data-guide={run.guideId}>
                <div className="arch-session__text">
                  <span className="arch-session__guide">{guide?.title ?? run.guideId}</span>
                  <span className="arch-session__outcome">{outcome?.title ?? run.decided.outcome}</span>
                </div>
                <div className="arch-session__actions">
                  <button type="button" className="button" onClick={() => onRedo(run.guideId)} aria-label={`Redo ${guide?.title ?? run.guideId}`}>
                    Redo
                  </button>
                  <button type="button" className="button button--ghost" onClick={() => onRemove(run.guideId)} aria-label={`Remove ${guide?.title ?? run.guideId}`}>
                    Remove
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {left.length > 0 && (
        <div className="arch-session__add">
          <span className="arch-session__add-label" id="arch-add-label">Add a guide</span>
          <ul className="arch-session__choices" aria-labelledby="arch-add-label">
            {left.map((g) => (
              <li key={g.id}>
                <button type="button" className="button" data-testid={`add-guide-${g.id}`} onClick={() => onAdd(g.id)}>
                  + {g.title.split(':')[0]}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

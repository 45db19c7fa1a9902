import type { UnavailableGuide } from '../../../core/library';

const SHOWN = 3;

/** Guide files that failed to load, greyed, each with the reasons an author can act on. */
export function UnavailableGuides({ items }: { items: UnavailableGuide[] }) {
  if (items.length === 0) return null;
  return (
    <section className="home-group home-group--unavailable" aria-labelledby="unavailable-heading">
      <h2 id="unavailable-heading" className="home-group__title">
        Unavailable <span className="home-group__count">{items.length}</span>
      </h2>
      <ul className="guide-grid" role="list">
        {items.map((item) => (
          <li key={item.file}>
            <div className="guide-card guide-card--unavailable" aria-disabled="true" data-file={item.file}>
              <span className="guide-card__top">
                <span className="guide-card__title">{item.title ?? item.id ?? item.file}</span>
                <span className="badge badge--muted">Unavailable</span>
              </span>
              <span className="guide-card__purpose">
                <code>{item.file}</code> could not be loaded:
              </span>
              <ul className="problem-list">
                {item.problems.slice(0, SHOWN).map((p, i) => (
                  <li key={i}>
                    {p.path && <code>{p.path}</code>} {p.message}
                  </li>
                ))}
                {item.problems.length > SHOWN && <li>…and {item.problems.length - SHOWN} more</li>}
              </ul>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

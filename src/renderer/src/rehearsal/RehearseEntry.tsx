import '../styles/rehearsal.css';

/** The header's way into rehearsal mode; pressed while rehearsing, so it reads as current. */
export function RehearseButton({ active, onClick }: { active: boolean; onClick: () => void }) {
  return (
    <button type="button" className={`header-rehearse${active ? ' is-active' : ''}`} onClick={onClick} aria-current={active ? 'page' : undefined}>
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M3 2.75h7.5L13 5.25v8H3z M10.5 2.75v2.5H13 M5.5 8.5l1.75 1.75L10.5 7" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      Rehearse
    </button>
  );
}

/** The home screen's invitation to rehearse, beside the guides it draws on. */
export function RehearseBanner({ onOpen }: { onOpen: () => void }) {
  return (
    <section className="rehearse-banner" aria-labelledby="rehearse-banner-title">
      <div>
        <h2 id="rehearse-banner-title" className="rehearse-banner__title">
          Preparing for an architecture interview?
        </h2>
        <p className="rehearse-banner__text">
          Drill scenarios against these guides, run a 15-minute mock round, and learn the hard numbers with spaced repetition.
        </p>
      </div>
      <button type="button" className="button button--primary" onClick={onOpen}>
        Start rehearsing
      </button>
    </section>
  );
}

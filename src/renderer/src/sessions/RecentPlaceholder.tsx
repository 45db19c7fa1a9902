/**
 * Where "Open an exported architecture…" and Recent sessions will be, drawn before the
 * library and the session store arrive, in the same boxes: the guide cards below do not move
 * when the real panel replaces it, so a click aimed at a card lands on that card (it used to
 * land on whatever the panel pushed under the pointer). The buttons wait, disabled.
 */
export function RecentPlaceholder() {
  return (
    <>
      <div className="open-file">
        <button type="button" className="button" disabled>
          Open an exported architecture…
        </button>
      </div>
      <section className="recent" aria-labelledby="recent-title" aria-busy="true">
        <div className="recent__head">
          <h2 id="recent-title" className="home-group__title">
            Recent sessions <span className="home-group__count home-group__count--pending" aria-hidden="true">0</span>
          </h2>
          <button type="button" className="button button--small" disabled>
            Import session…
          </button>
        </div>
        <p className="recent__empty">Loading your saved sessions…</p>
        <div className="recent__foot" />
      </section>
    </>
  );
}

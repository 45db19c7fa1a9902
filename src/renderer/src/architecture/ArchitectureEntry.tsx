import './architecture.css';

/** The home screen's way into the Architecture screen. */
export function ArchitectureEntry({ onOpen }: { onOpen: () => void }) {
  return (
    <section className="architecture-entry" aria-labelledby="architecture-entry-title">
      <div>
        <h2 id="architecture-entry-title" className="architecture-entry__title">
          Designing a whole system?
        </h2>
        <p className="architecture-entry__text">
          Run several guides (compute, database, messaging, DR, connectivity) and get one diagram for your design doc, on AWS, Google
          Cloud or Azure, exported as SVG, PNG, PDF, draw.io, Mermaid, JSON or a decision record.
        </p>
      </div>
      <button type="button" className="button button--primary" onClick={onOpen} data-testid="open-architecture">
        Compose an architecture
      </button>
    </section>
  );
}

import type { Recommendation } from '../../../core/recommendation/types';

type Props = Pick<Recommendation, 'rationale' | 'notes' | 'figures'>;

/** "Why this": the rationale citing the user's answers, the notes that apply, the numbers. */
export function Reasoning({ rationale, notes, figures }: Props) {
  return (
    <section className="panel" aria-labelledby="rec-why">
      <h3 id="rec-why" className="panel__title">Why this</h3>
      <p className="rationale">{rationale}</p>
      {notes.length > 0 && (
        <ul className="notes">
          {notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      {figures.length > 0 && (
        <>
          <h4 className="panel__subtitle">Figures from your numbers</h4>
          <dl className="figures">
            {figures.map((f, i) => (
              <div key={i} className="figure">
                <dt>{f.label}</dt>
                <dd>{f.text}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}

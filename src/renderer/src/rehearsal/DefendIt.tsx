import { useMemo, useState } from 'react';
import type { Guide } from '../../../core/guide/schema';
import { defendAgainst } from '../../../core/rehearsal/drill';
import type { Scenario } from '../../../core/rehearsal/schema';
import { RuledOut } from './RuledOut';

/**
 * "Defend it": after a right pick, the interviewer's follow-up. The user writes (or just
 * thinks) an answer to "why not X?" before the model answer appears; nothing is graded.
 */
export function DefendIt({ guide, scenario }: { guide: Guide; scenario: Scenario }) {
  const alternatives = useMemo(() => defendAgainst(guide, scenario), [guide, scenario]);
  const [shown, setShown] = useState<Record<string, boolean>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});

  return (
    <section className="defend" aria-labelledby="defend-title">
      <h3 id="defend-title" className="defend__title">
        Defend it
      </h3>
      <p className="muted">The interviewer pushes back. Answer in your own words, then compare with the guide.</p>
      {alternatives.map((alt) => {
        const fieldId = `defend-${alt.outcome}`;
        return (
          <div key={alt.outcome} className="defend-item">
            <label htmlFor={fieldId} className="defend-item__question">
              Why not {alt.title}?
            </label>
            <textarea
              id={fieldId}
              className="defend-item__answer"
              rows={3}
              placeholder="Your answer (not graded)…"
              value={notes[alt.outcome] ?? ''}
              onChange={(e) => setNotes({ ...notes, [alt.outcome]: e.target.value })}
            />
            {shown[alt.outcome] ? (
              <RuledOut alternative={alt} heading="Model answer" model />
            ) : (
              <button type="button" className="button button--small" onClick={() => setShown({ ...shown, [alt.outcome]: true })}>
                Show model answer
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
}

import { useMemo, useState } from 'react';
import type { Guide } from '../../../core/guide/schema';
import { changeOneRequirement } from '../../../core/rehearsal/change-one';
import type { Scenario } from '../../../core/rehearsal/schema';

/** The interviewer's follow-up: one requirement changes (computed from the guide); what now? */
export function WhatWouldChange({ guide, scenario }: { guide: Guide; scenario: Scenario }) {
  const change = useMemo(() => changeOneRequirement(guide, scenario), [guide, scenario]);
  const [answer, setAnswer] = useState('');
  const [checked, setChecked] = useState(false);
  if (!change) return null;
  const right = answer === change.outcome;
  const title = (id: string) => guide.outcomes.find((o) => o.id === id)?.title ?? id;
  return (
    <section className="reveal-card" aria-labelledby="what-would-change" data-testid="what-would-change">
      <h3 id="what-would-change" className="reveal-card__heading">What would change your answer?</h3>
      <p>
        Suppose the {change.requirement} were “{change.to}” instead of “{change.from}”, everything else the same. What would you choose now?
      </p>
      <select aria-label="Your new answer" value={answer} onChange={(e) => { setAnswer(e.target.value); setChecked(false); }}>
        <option value="">Choose…</option>
        {guide.outcomes.map((o) => (
          <option key={o.id} value={o.id}>{o.title}</option>
        ))}
      </select>{' '}
      <button type="button" className="button" disabled={!answer} onClick={() => setChecked(true)}>Check</button>
      {checked && (
        <p role="status" className={right ? 'verdict--right' : 'verdict--wrong'}>
          {right ? `Yes: the guide now lands on ${title(change.outcome)}.` : `The guide now lands on ${title(change.outcome)}, not ${title(answer)}.`}
        </p>
      )}
    </section>
  );
}

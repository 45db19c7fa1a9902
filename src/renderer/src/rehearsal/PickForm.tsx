import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { SEED_SECTIONS } from '../../../core/guide/sections';
import type { Guide } from '../../../core/guide/schema';
import { statedRequirements } from '../../../core/rehearsal/change-one';
import type { Pick } from '../../../core/rehearsal/drill';
import type { Scenario } from '../../../core/rehearsal/schema';

type Props = {
  guide: Guide;
  scenario: Scenario;
  onCommit: (pick: Pick) => void;
  commitLabel?: string;
  /** shown beside the commit button: a clock, a counter */
  aside?: ReactNode;
};

/** The situation, and the two things the user commits to before seeing the guide's answer. */
export function PickForm({ guide, scenario, onCommit, commitLabel = 'Commit answer', aside }: Props) {
  const [outcome, setOutcome] = useState<string | null>(null);
  const [decidedBy, setDecidedBy] = useState('');
  const [tried, setTried] = useState(false);
  const id = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!outcome) {
      document.getElementById(`${id}-outcomes`)?.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    onCommit({ outcome, decidedBy: decidedBy || null });
  };

  return (
    <form className="pick-form" onSubmit={submit} aria-labelledby={`${id}-title`} data-scenario={scenario.id}>
      <article className="situation">
        <p className="eyebrow">
          {guide.title} · {SEED_SECTIONS[scenario.section]}
        </p>
        <h2 id={`${id}-title`} className="situation__title">
          {scenario.title}
        </h2>
        <p className="situation__text">{scenario.situation}</p>
      </article>

      <fieldset id={`${id}-outcomes`} className="pick-group" aria-describedby={tried && !outcome ? `${id}-missing` : undefined}>
        <legend className="pick-group__legend">
          <span className="pick-step" aria-hidden="true">1</span> What would you choose?
        </legend>
        <div className="pick-options">
          {guide.outcomes.map((o) => (
            <label key={o.id} className={`pick-option${outcome === o.id ? ' pick-option--checked' : ''}`}>
              <input type="radio" name={`${id}-outcome`} value={o.id} checked={outcome === o.id} onChange={() => setOutcome(o.id)} />
              <span className="pick-option__title">{o.title}</span>
            </label>
          ))}
        </div>
        {tried && !outcome && (
          <p id={`${id}-missing`} className="pick-error" role="alert">
            Choose a service before committing.
          </p>
        )}
      </fieldset>

      <div className="pick-group">
        <label className="pick-group__legend" htmlFor={`${id}-decider`}>
          <span className="pick-step" aria-hidden="true">2</span> Which requirement decides it?
        </label>
        <select id={`${id}-decider`} className="pick-select" value={decidedBy} onChange={(e) => setDecidedBy(e.target.value)}>
          <option value="">Choose one of the stated requirements…</option>
          {/* the scenario's own requirements, by short name: never the guide's full list of prompts */}
          {statedRequirements(guide, scenario).map((r) => (
            <option key={r.question} value={r.question}>
              {r.label}
            </option>
          ))}
        </select>
      </div>

      <div className="pick-actions">
        <button type="submit" className="button button--primary">
          {commitLabel}
        </button>
        {aside}
      </div>
    </form>
  );
}

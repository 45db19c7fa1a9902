import { useId, useState, type FormEvent } from 'react';
import type { Scenario } from '../../../core/rehearsal/schema';

export type Recall = { service: string; requirement: string; risk: string };

type Props = { scenario: Scenario; onDone: (recall: Recall) => void };

/**
 * The interview's first minute: the candidate states the service, the requirement that
 * decides it and one risk in their own words before any option is shown, so recognising a
 * name in a list cannot stand in for recalling it.
 */
export function FreeRecall({ scenario, onDone }: Props) {
  const [recall, setRecall] = useState<Recall>({ service: '', requirement: '', risk: '' });
  const [tried, setTried] = useState(false);
  const id = useId();
  const missing = (Object.keys(recall) as (keyof Recall)[]).filter((k) => recall[k].trim() === '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (missing.length === 0) onDone(recall);
  };
  const field = (key: keyof Recall, label: string) => (
    <label className="pick-group__legend recall-field" htmlFor={`${id}-${key}`}>
      {label}
      <textarea id={`${id}-${key}`} rows={2} value={recall[key]} onChange={(e) => setRecall({ ...recall, [key]: e.target.value })} />
    </label>
  );
  return (
    <form className="pick-form" onSubmit={submit} aria-labelledby={`${id}-title`} data-testid="free-recall">
      <article className="situation">
        <h2 id={`${id}-title`} className="situation__title">{scenario.title}</h2>
        <p className="situation__text">{scenario.situation}</p>
      </article>
      <p>Answer in your own words first; the options appear afterwards.</p>
      {field('service', 'Which service would you choose?')}
      {field('requirement', 'Which requirement decides it?')}
      {field('risk', 'One risk of that choice')}
      {tried && missing.length > 0 && (
        <p className="pick-error" role="alert">Write all three before you see the options.</p>
      )}
      <div className="pick-actions">
        <button type="submit" className="button button--primary">Show the options</button>
      </div>
    </form>
  );
}

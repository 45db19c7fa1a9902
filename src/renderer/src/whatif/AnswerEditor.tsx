import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { checkAnswer, formatNumber } from '../../../core/guide/answers';
import type { AnswerValue, Question } from '../../../core/guide/schema';
import '../styles/whatif.css';

type Props = {
  question: Question;
  /** the answer to start from (the current one) */
  initial?: AnswerValue;
  submitLabel: string;
  onSubmit: (value: AnswerValue) => void;
  onCancel?: () => void;
  /** focus the field when shown (the editor opened on request) */
  autoFocus?: boolean;
};

/**
 * One answer edited in place: a select for a choice, a text field for a number (checked by
 * checkAnswer, the same check the wizard and the machine use, with its message shown).
 */
export function AnswerEditor({ question, initial, submitLabel, onSubmit, onCancel, autoFocus }: Props) {
  const id = useId();
  const first = question.kind === 'choice' ? question.choices[0]!.value : '';
  const [raw, setRaw] = useState(initial === undefined ? first : String(initial));
  const [message, setMessage] = useState<string>();
  const field = useRef<HTMLInputElement & HTMLSelectElement>(null);
  useEffect(() => {
    if (autoFocus) field.current?.focus();
  }, [autoFocus]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkAnswer(question, raw);
    if (!checked.ok) return setMessage(checked.message);
    setMessage(undefined);
    onSubmit(checked.value);
  };
  // Escape closes the editor, not the guide (the wizard's Escape goes home).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form className="answer-editor" onSubmit={submit} onKeyDown={onKeyDown} aria-label={`New answer: ${question.prompt}`} noValidate>
      <label className="visually-hidden" htmlFor={`${id}-field`}>{question.prompt}</label>
      {question.kind === 'choice' ? (
        <select ref={field} id={`${id}-field`} className="answer-editor__select" value={raw} onChange={(e) => setRaw(e.target.value)}>
          {question.choices.map((c) => (
            <option key={c.value} value={c.value}>{c.label}</option>
          ))}
        </select>
      ) : (
        <span className={`answer-editor__number${message ? ' is-invalid' : ''}`}>
          <input
            ref={field}
            id={`${id}-field`}
            type="text"
            inputMode={question.integer ? 'numeric' : 'decimal'}
            autoComplete="off"
            spellCheck={false}
            value={raw}
            placeholder={question.placeholder !== undefined ? formatNumber(question.placeholder) : undefined}
            aria-invalid={message ? true : undefined}
            aria-describedby={`${id}-message`}
            onChange={(e) => setRaw(e.target.value)}
          />
          <span className="answer-editor__unit">{question.unit}</span>
        </span>
      )}
      <button type="submit" className="button button--small button--primary">{submitLabel}</button>
      {onCancel && (
        <button type="button" className="button button--small button--ghost" onClick={onCancel}>Cancel</button>
      )}
      <p id={`${id}-message`} className="answer-editor__message" role="status" aria-live="polite">{message ?? ''}</p>
    </form>
  );
}

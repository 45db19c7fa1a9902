import { forwardRef } from 'react';
import { formatNumber } from '../../../core/guide/answers';
import type { NumberQuestion } from '../../../core/guide/schema';

type Props = {
  question: NumberQuestion;
  raw: string;
  /** the message from checkAnswer, or the machine's refusal of the answer, when it should be shown */
  message: string | undefined;
  labelledBy: string;
  onChange: (raw: string) => void;
};

/**
 * A text field (not type=number, which silently drops "10,000" and allows "1e5"): the user
 * types freely and checkAnswer's message says what is wrong, announced politely.
 */
export const NumberField = forwardRef<HTMLInputElement, Props>(function NumberField(
  { question, raw, message, labelledBy, onChange },
  ref,
) {
  const messageId = `q-${question.id}-message`;
  const rangeId = `q-${question.id}-range`;
  return (
    <div className="number-field">
      <div className={`number-field__box${message ? ' is-invalid' : ''}`}>
        <input
          ref={ref}
          id={`q-${question.id}-input`}
          className="number-field__input"
          type="text"
          inputMode={question.integer ? 'numeric' : 'decimal'}
          autoComplete="off"
          spellCheck={false}
          data-wizard-input=""
          value={raw}
          placeholder={question.placeholder !== undefined ? formatNumber(question.placeholder) : undefined}
          aria-labelledby={labelledBy}
          aria-describedby={`${rangeId} ${messageId}`}
          aria-invalid={message ? true : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        <span className="number-field__unit">{question.unit}</span>
      </div>
      <p id={rangeId} className="number-field__range">
        {formatNumber(question.min)} to {formatNumber(question.max)} {question.unit}
        {question.integer ? ', whole numbers' : question.decimals !== undefined ? `, up to ${question.decimals} decimal place${question.decimals === 1 ? '' : 's'}` : ''}
      </p>
      <p id={messageId} className="number-field__message" role="status" aria-live="polite">
        {message ?? ''}
      </p>
    </div>
  );
});

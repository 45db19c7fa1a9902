import { useEffect, useId, useRef, useState } from 'react';
import { checkAnswer } from '../../../core/guide/answers';
import type { AnswerValue, Question } from '../../../core/guide/schema';
import { Icon } from '../components/Icon';
import { ChoiceList } from './ChoiceList';
import { NumberField } from './NumberField';
import { progressFraction, progressText } from './progress';
import { useQuestionKeys } from './useQuestionKeys';

type Props = {
  question: Question;
  number: number;
  atMostLeft: number;
  /** the answer given before, when the user came back here */
  remembered: AnswerValue | undefined;
  /** snapshot.can({ type: 'ANSWER', value }): the machine decides, the view only asks */
  canAnswer: (value: AnswerValue) => boolean;
  /** the machine's refusal of an answer to this question (context.refusal): shown while that answer stands */
  refusal: { value: AnswerValue; message: string } | undefined;
  canBack: boolean;
  onAnswer: (value: AnswerValue) => void;
  onBack: () => void;
  onRestart: () => void;
};

/** One question at a time; mounted afresh per question so state and focus start clean. */
export function QuestionStep(props: Props) {
  const { question, number, atMostLeft, remembered, canAnswer, refusal, canBack, onAnswer, onBack, onRestart } = props;
  const headingId = useId();
  const helpId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [selected, setSelected] = useState<string | undefined>(
    question.kind === 'choice' && remembered !== undefined ? String(remembered) : undefined,
  );
  const [raw, setRaw] = useState(question.kind === 'number' && remembered !== undefined ? String(remembered) : '');
  const [attempted, setAttempted] = useState(false);

  const checked = question.kind === 'number' ? checkAnswer(question, raw) : undefined;
  const value: AnswerValue | undefined =
    question.kind === 'choice' ? selected : checked?.ok ? checked.value : raw;
  const canNext = value !== undefined && canAnswer(value);
  const refused = refusal !== undefined && value !== undefined && String(refusal.value) === String(value) ? refusal.message : undefined;
  const message = checked && !checked.ok && (raw.trim() !== '' || attempted) ? checked.message : refused;

  useEffect(() => headingRef.current?.focus(), []);

  const next = () => {
    if (value !== undefined && canNext) onAnswer(value);
    else setAttempted(true);
  };
  const confirm = (choice: string) => {
    setSelected(choice);
    if (canAnswer(choice)) onAnswer(choice);
  };
  useQuestionKeys({ question, selected, onSelect: setSelected, onNext: next, inputRef });

  return (
    <section className="wizard-card" aria-labelledby={headingId}>
      <div className="wizard-progress">
        <p className="wizard-progress__text">{progressText(number, atMostLeft)}</p>
        <div className="progress-bar" aria-hidden="true">
          <span className="progress-bar__fill" style={{ width: `${Math.round(progressFraction(number, atMostLeft) * 100)}%` }} />
        </div>
      </div>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="question-title" aria-describedby={helpId}>
        {question.prompt}
      </h2>
      <p id={helpId} className="question-help">
        {question.help}
      </p>
      {question.kind === 'choice' ? (
        <>
          <ChoiceList question={question} selected={selected} labelledBy={headingId} onSelect={setSelected} onConfirm={confirm} />
          <p className="number-field__message" role="status" aria-live="polite">
            {refused ?? ''}
          </p>
        </>
      ) : (
        <NumberField ref={inputRef} question={question} raw={raw} message={message} labelledBy={headingId} onChange={setRaw} />
      )}
      <div className="wizard-actions">
        <button type="button" className="button" onClick={onBack} disabled={!canBack}>
          <Icon name="back" /> Back
        </button>
        <button type="button" className="button button--ghost" onClick={onRestart}>
          <Icon name="restart" /> Restart
        </button>
        <p className="key-hints" aria-hidden="true">
          {question.kind === 'choice' && (
            <>
              <kbd>1</kbd>–<kbd>{Math.min(9, question.choices.length)}</kbd> choose ·{' '}
            </>
          )}
          <kbd>Enter</kbd> next · <kbd>⌫</kbd> back · <kbd>Esc</kbd> guides
        </p>
        <button type="button" className="button button--primary" onClick={next} disabled={!canNext}>
          Next <Icon name="next" />
        </button>
      </div>
    </section>
  );
}

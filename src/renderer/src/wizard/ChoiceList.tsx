import type { ChoiceQuestion } from '../../../core/guide/schema';

type Props = {
  question: ChoiceQuestion;
  selected: string | undefined;
  labelledBy: string;
  onSelect: (value: string) => void;
  /** double-click: pick and go on */
  onConfirm: (value: string) => void;
};

/**
 * The choices as native radios inside large labels: arrow keys move between them, Space
 * selects, screen readers announce "radio, 2 of 4". Digit shortcuts are shown as hints.
 */
export function ChoiceList({ question, selected, labelledBy, onSelect, onConfirm }: Props) {
  return (
    <div className="choices" role="radiogroup" aria-labelledby={labelledBy}>
      {question.choices.map((choice, i) => {
        const checked = selected === choice.value;
        const labelId = `choice-${question.id}-${choice.value}`;
        const descId = `${labelId}-desc`;
        return (
          <label
            key={choice.value}
            className={`choice${checked ? ' is-selected' : ''}`}
            onDoubleClick={() => onConfirm(choice.value)}
          >
            <input
              type="radio"
              className="choice__input"
              name={`q-${question.id}`}
              value={choice.value}
              checked={checked}
              onChange={() => onSelect(choice.value)}
              aria-labelledby={labelId}
              aria-describedby={descId}
              data-choice-index={i}
            />
            <span className="choice__key" aria-hidden="true">
              {i < 9 ? i + 1 : ''}
            </span>
            <span className="choice__body">
              <span className="choice__label" id={labelId}>
                {choice.label}
              </span>
              <span className="choice__desc" id={descId}>
                {choice.description}
              </span>
            </span>
            <svg className="choice__check" viewBox="0 0 16 16" aria-hidden="true">
              <path d="M3.5 8.5 6.5 11.5 12.5 4.5" fill="none" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          </label>
        );
      })}
    </div>
  );
}

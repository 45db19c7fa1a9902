import type { Recommendation } from '../../../core/recommendation/types';
import { Icon } from '../components/Icon';

type Props = {
  answers: Recommendation['answers'];
  onChange: (question: string) => void;
  canChange: boolean;
};

/** The answers that led here, each with a button back to its question (answer prefilled). */
export function AnswersList({ answers, onChange, canChange }: Props) {
  return (
    <ol className="answers" role="list">
      {answers.map((a) => (
        <li key={a.question} className="answers__item" data-question={a.question}>
          <span className="answers__prompt">{a.prompt}</span>
          <span className="answers__value">{a.answer}</span>
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => onChange(a.question)}
            disabled={!canChange}
            aria-label={`Change: ${a.prompt}`}
          >
            <Icon name="edit" /> Change
          </button>
        </li>
      ))}
    </ol>
  );
}

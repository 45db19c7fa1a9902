import { formatAnswer, questionById } from '../../../core/guide/answers';
import type { Answers, Guide } from '../../../core/guide/schema';
import { Icon } from '../components/Icon';

type Props = {
  guide: Guide;
  history: string[];
  answers: Answers;
  /** go back to this question (its answer is prefilled there) */
  onChange: (question: string) => void;
  canChange: boolean;
};

/** The answers given so far, each with a way back to change it. */
export function AnswerTrail({ guide, history, answers, onChange, canChange }: Props) {
  if (history.length === 0) {
    return <p className="trail__empty">Your answers will collect here as you go.</p>;
  }
  return (
    <ol className="trail">
      {history.map((id, i) => {
        const question = questionById(guide, id);
        const value = answers[id];
        if (!question || value === undefined) return null;
        return (
          <li key={id} className="trail__item">
            <span className="trail__index" aria-hidden="true">
              {i + 1}
            </span>
            <span className="trail__text">
              <span className="trail__prompt">{question.prompt}</span>
              <span className="trail__answer">{formatAnswer(question, value)}</span>
            </span>
            <button
              type="button"
              className="icon-button"
              onClick={() => onChange(id)}
              disabled={!canChange}
              aria-label={`Change answer to: ${question.prompt}`}
              title="Change this answer"
            >
              <Icon name="edit" />
            </button>
          </li>
        );
      })}
    </ol>
  );
}

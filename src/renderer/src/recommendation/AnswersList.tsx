import type { ReactNode } from 'react';
import type { Recommendation } from '../../../core/recommendation/types';
import { Icon } from '../components/Icon';

type Props = {
  answers: Recommendation['answers'];
  onChange: (question: string) => void;
  canChange: boolean;
  /** try another answer beside this recommendation: which row's editor is open, and the editor */
  whatIf?: { open: string | null; onOpen: (question: string) => void; editor: (question: string) => ReactNode };
};

/** The answers that led here, each with a button back to its question (answer prefilled). */
export function AnswersList({ answers, onChange, canChange, whatIf }: Props) {
  return (
    <ol className="answers" role="list">
      {answers.map((a) => (
        <li key={a.question} className="answers__item" data-question={a.question}>
          <span className="answers__prompt">{a.prompt}</span>
          <span className="answers__value">{a.answer}</span>
          <span className="answers__actions">
            {whatIf && (
              <button
                type="button"
                className="button button--small button--ghost"
                onClick={() => whatIf.onOpen(a.question)}
                aria-expanded={whatIf.open === a.question}
                aria-label={`What if: ${a.prompt}`}
              >
                What if…
              </button>
            )}
            <button
              type="button"
              className="button button--small button--ghost"
              onClick={() => onChange(a.question)}
              disabled={!canChange}
              aria-label={`Change: ${a.prompt}`}
            >
              <Icon name="edit" /> Change
            </button>
          </span>
          {whatIf?.open === a.question && <div className="answers__editor">{whatIf.editor(a.question)}</div>}
        </li>
      ))}
    </ol>
  );
}

import type { Answers } from '../../../core/guide/schema';
import type { Recommendation } from '../../../core/recommendation/types';
import './why-not.css';

type Props = {
  items: Recommendation['whyNot'];
  /** open the line's change as a what-if; without it the change is plain text */
  onTry?: (answers: Answers, outcome: string) => void;
};

/**
 * Every other outcome of the guide: the user's answer that ruled it out, the guide's reason
 * that answer matters, and the smallest change that would make it the recommendation, which
 * one click opens as a what-if.
 */
export function WhyNotList({ items, onTry }: Props) {
  if (items.length === 0) return <p className="muted">This guide has no other outcomes.</p>;
  return (
    <ul className="why-not" role="list">
      {items.map((item) => (
        <li key={item.outcome} className="why-not__item" data-outcome={item.outcome} data-ruled-by={item.ruledOutBy.question}>
          <span className="why-not__title">{item.title}</span>
          <span className="why-not__ruled">{item.sentences.ruled}</span>
          {item.explanation && <span className="why-not__text">{item.explanation}</span>}
          {item.sentences.change &&
            (onTry && item.answers ? (
              <button
                type="button"
                className="why-not__try"
                data-testid="why-not-try"
                onClick={() => onTry(item.answers!, item.outcome)}
                title="Compare this change with your recommendation"
              >
                <span>{item.sentences.change}</span>
                <span className="why-not__try-hint" aria-hidden="true">Compare →</span>
              </button>
            ) : (
              <span className="why-not__change">{item.sentences.change}</span>
            ))}
        </li>
      ))}
    </ul>
  );
}

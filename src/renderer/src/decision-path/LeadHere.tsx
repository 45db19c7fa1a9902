import { formatAnswer, questionById } from '../../../core/guide/answers';
import type { Counterfactual } from '../../../core/guide/counterfactual';
import { shortLabel } from '../../../core/guide/guide-graph';
import type { Answers, Guide } from '../../../core/guide/schema';

type Props = {
  guide: Guide;
  result: Counterfactual;
  onTry: (answers: Answers) => void;
};

/** "What would lead here": the smallest set of answer changes, and a way to try them. */
export function LeadHere({ guide, result, onTry }: Props) {
  const title = guide.outcomes.find((o) => o.id === result.outcome)?.title ?? result.outcome;
  if (!result.ok) {
    return (
      <section className="lead-here" aria-labelledby="lead-here-title" data-testid="lead-here">
        <h3 id="lead-here-title" className="lead-here__title">What would lead to {title}</h3>
        <p className="lead-here__none" role="status">{result.message}</p>
      </section>
    );
  }
  const n = result.changes.length;
  return (
    <section className="lead-here" aria-labelledby="lead-here-title" data-testid="lead-here">
      <h3 id="lead-here-title" className="lead-here__title">What would lead to {title}</h3>
      <p className="lead-here__count" role="status">
        {n === 1 ? 'One answer to change:' : `${n} answers to change — no smaller set gets there:`}
      </p>
      <ol className="lead-here__changes" role="list">
        {result.changes.map((c) => {
          const q = questionById(guide, c.question)!;
          return (
            <li key={c.question} className="lead-here__change" data-question={c.question}>
              <span className="lead-here__question" title={q.prompt}>{shortLabel(q)}</span>
              <span className="lead-here__values">
                {c.from !== undefined ? (
                  <>
                    <span className="lead-here__from">{formatAnswer(q, c.from)}</span>
                    <span aria-hidden="true"> → </span>
                    <span className="visually-hidden"> becomes </span>
                  </>
                ) : (
                  <span className="lead-here__new">New answer: </span>
                )}
                <strong className="lead-here__to">{formatAnswer(q, c.to)}</strong>
              </span>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--primary lead-here__try" onClick={() => onTry(result.answers)}>
        Try this as a what-if
      </button>
    </section>
  );
}

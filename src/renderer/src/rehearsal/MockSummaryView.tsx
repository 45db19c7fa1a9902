import { useEffect, useRef } from 'react';
import { mockSummaryMarkdown } from '../../../core/rehearsal/markdown';
import { explainAlternative } from '../../../core/rehearsal/drill';
import { formatClock, type MockItem, type MockSummary } from '../../../core/rehearsal/mock';
import { downloadText } from './download';
import { RuledOut } from './RuledOut';

type Props = { summary: MockSummary; finishedAt: Date; onAgain: () => void; onDone: () => void };

const title = (item: MockItem, id: string | undefined) => (id ? (item.guide.outcomes.find((o) => o.id === id)?.title ?? id) : 'No answer');

/** `archtree-mock-round-2026-03-02-0915.md`: sortable, and unique enough per round. */
export function exportFileName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `archtree-mock-round-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}.md`;
}

export function MockSummaryView({ summary, finishedAt, onAgain, onDone }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const n = summary.items.length;

  return (
    <section className="mock-summary" aria-labelledby="mock-summary-title">
      <div className="mock-score reveal-card">
        <h2 id="mock-summary-title" ref={heading} tabIndex={-1} className="mock-score__title">
          Round summary
        </h2>
        <p className="mock-score__value" data-testid="mock-score">
          {summary.points} <span>/ {summary.maxPoints}</span>
        </p>
        <p className="muted">
          {summary.outcomesRight} of {n} services right · {summary.decidersRight} of {n} deciding requirements right ·{' '}
          {formatClock(summary.totalSeconds)} {summary.timedOut ? '(time ran out)' : 'in total'}
        </p>
        <div className="mock-score__actions">
          <button type="button" className="button button--primary" onClick={() => downloadText(exportFileName(finishedAt), mockSummaryMarkdown(summary, finishedAt))}>
            Export as Markdown
          </button>
          <button type="button" className="button" onClick={onAgain}>
            New round
          </button>
          <button type="button" className="button button--ghost" onClick={onDone}>
            Back to activities
          </button>
        </div>
      </div>

      <div className="reveal-card">
        <h3 className="reveal-card__heading">Sections to revisit</h3>
        {summary.revisit.length === 0 ? (
          <p className="muted">None: every scenario was right.</p>
        ) : (
          <ul className="revisit-list" role="list">
            {summary.revisit.map((r) => (
              <li key={r.section}>
                <span>{r.title}</span>
                <span className="badge badge--muted">
                  {r.misses} {r.misses === 1 ? 'miss' : 'misses'}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>

      <table className="mock-table">
        <caption className="visually-hidden">Each scenario of the round</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Scenario</th>
            <th scope="col">Your pick</th>
            <th scope="col">Right answer</th>
            <th scope="col">Time</th>
            <th scope="col">Points</th>
          </tr>
        </thead>
        <tbody>
          {summary.items.map((item, i) => (
            <tr key={item.scenario.id} className={item.grade.outcomeRight ? 'is-right' : 'is-wrong'}>
              <td>{i + 1}</td>
              <td>
                <span className="mock-table__title">{item.scenario.title}</span>
                <span className="mock-table__guide">{item.guide.title}</span>
              </td>
              <td>{title(item, item.pick?.outcome)}</td>
              <td>{title(item, item.scenario.expected)}</td>
              <td className="num">{formatClock(item.seconds)}</td>
              <td className="num">{item.grade.points} / 2</td>
            </tr>
          ))}
        </tbody>
      </table>

      {summary.items
        .filter((item) => item.pick && !item.grade.outcomeRight)
        .map((item) => (
          <RuledOut
            key={item.scenario.id}
            alternative={explainAlternative(item.guide, item.scenario, item.pick!.outcome)}
            heading={`${item.scenario.title}: why not ${title(item, item.pick!.outcome)}?`}
          />
        ))}
    </section>
  );
}

import type { Library } from '../../../core/library';
import type { RehearsalBank } from '../../../core/rehearsal/bank';
import type { InterviewSummary } from '../../../core/rehearsal/interview';
import { interviewMarkdown } from '../../../core/rehearsal/interview-markdown';
import { formatClock } from '../../../core/rehearsal/mock';
import { downloadText } from './download';

type Props = { summary: InterviewSummary; finishedAt: Date; library: Library; bank: RehearsalBank; onOpenGuide?: ((id: string) => void) | undefined; onAgain: () => void };

const pct = (n: number) => `${Math.round(n * 100)} %`;

/** Per-question coverage, missed points and time, with the Markdown export. */
export function InterviewSummaryView({ summary, finishedAt, library, onOpenGuide, onAgain }: Props) {
  const exportMarkdown = () => downloadText(`archtree-interview-${finishedAt.toISOString().slice(0, 16).replace(/[:T]/g, '-')}.md`, interviewMarkdown(summary, finishedAt));
  return (
    <div className="interview-summary mock-summary">
      <section className="mock-score reveal-card">
        <h2 className="mock-score__title">Interview summary</h2>
        <p className="mock-score__value" data-testid="interview-coverage">
          {pct(summary.coverage)} of the key points
        </p>
        <p className="muted">
          {summary.items.length} questions in {formatClock(summary.totalSeconds)} · {formatClock(summary.limitSeconds)} allowed per question
        </p>
        <div className="mock-score__actions pick-actions">
          <button type="button" className="button button--primary" onClick={exportMarkdown}>
            Export as Markdown
          </button>
          <button type="button" className="button button--ghost" onClick={onAgain}>
            Another interview
          </button>
        </div>
      </section>
      <table className="mock-table" data-testid="interview-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Question</th>
            <th scope="col" className="num">Coverage</th>
            <th scope="col" className="num">Time</th>
          </tr>
        </thead>
        <tbody>
          {summary.items.map((item, i) => (
            <tr key={item.question.id}>
              <td>{i + 1}</td>
              <th scope="row" className="mock-table__title">
                {item.question.prompt}
              </th>
              <td className="num">
                {item.coverage.covered.length} / {item.question.keyPoints.length}
              </td>
              <td className={`num${item.overTime ? ' over-time' : ''}`}>{formatClock(item.seconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.items.map((item, i) => {
        const guide = library.guides.find((g) => g.id === item.question.links.guides?.[0]);
        return (
          <section key={item.question.id} className="reveal-card" aria-label={`Question ${i + 1}`}>
            <h3 className="reveal-card__title">
              {i + 1}. {item.question.prompt}
            </h3>
            {item.coverage.missed.length === 0 ? (
              <p>Every key point covered.</p>
            ) : (
              <ul className="missed-list">
                {item.coverage.missed.map((p) => (
                  <li key={p.id}>
                    <strong>{p.point}</strong> <span>{p.why}</span>
                  </li>
                ))}
              </ul>
            )}
            <p className="muted">Follow-up: {item.followUp}</p>
            {guide && onOpenGuide && (
              <button type="button" className="button button--small" onClick={() => onOpenGuide(guide.id)}>
                Walk it in the guide: {guide.title}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}

import { useMemo, type ReactNode } from 'react';
import type { Library } from '../../../core/library';
import type { RehearsalBank } from '../../../core/rehearsal/bank';
import type { RehearsalProgress } from '../../../core/rehearsal/progress';
import { progressStats, type TopicStat } from '../../../core/rehearsal/stats';
import type { RehearsalView } from './RehearsalHub';

type Props = {
  bank: RehearsalBank;
  library: Library;
  progress: RehearsalProgress;
  onOpen: (view: RehearsalView) => void;
  /** further sections below the tables (the interview questions' progress) */
  children?: ReactNode;
};

const percent = (n: number | null) => (n === null ? '—' : `${Math.round(n * 100)}%`);

function Accuracy({ topic }: { topic: TopicStat }) {
  if (topic.accuracy === null) return <span className="muted">not practised</span>;
  const level = topic.accuracy >= 0.8 ? 'good' : topic.accuracy >= 0.5 ? 'fair' : 'weak';
  return (
    <span className="accuracy">
      <span className="accuracy__bar" aria-hidden="true">
        <span className={`accuracy__fill accuracy__fill--${level}`} style={{ width: `${Math.round(topic.accuracy * 100)}%` }} />
      </span>
      <span className="accuracy__value">{percent(topic.accuracy)}</span>
    </span>
  );
}

function TopicTable({ id, caption, topics }: { id: string; caption: string; topics: TopicStat[] }) {
  return (
    <section className="topic-section" aria-labelledby={id}>
      <h2 id={id} className="topic-section__title">
        {caption}
      </h2>
      <table className="topic-table" aria-labelledby={id}>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col" className="num">Answered</th>
            <th scope="col">Accuracy</th>
            <th scope="col" className="num">Streak</th>
            <th scope="col" className="num">Cards due</th>
          </tr>
        </thead>
        <tbody>
          {topics.map((t) => (
            <tr key={t.id} data-topic={t.id}>
              <th scope="row">{t.title}</th>
              <td className="num">{t.answered}</td>
              <td>
                <Accuracy topic={t} />
              </td>
              <td className="num">{t.streak}</td>
              <td className="num">{t.due}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Where the user stands: weakest topics first, then every section and guide. */
export function ProgressPage({ bank, library, progress, onOpen, children }: Props) {
  const stats = useMemo(() => progressStats(progress, bank.cards, library.guides, new Date()), [progress, bank.cards, library.guides]);
  const { totals } = stats;

  return (
    <div className="progress-page">
      <dl className="hub-stats" aria-label="Totals">
        <div>
          <dt>Answered</dt>
          <dd data-testid="total-answered">{totals.answered}</dd>
        </div>
        <div>
          <dt>Accuracy</dt>
          <dd>{percent(totals.answered ? totals.correct / totals.answered : null)}</dd>
        </div>
        <div>
          <dt>Current streak</dt>
          <dd>{totals.streak}</dd>
        </div>
        <div>
          <dt>Cards due</dt>
          <dd data-testid="total-due">{totals.due}</dd>
        </div>
        <div>
          <dt>Cards not seen</dt>
          <dd>{totals.unseen}</dd>
        </div>
      </dl>

      <section className="reveal-card" aria-labelledby="weakest-title">
        <h2 id="weakest-title" className="reveal-card__heading">
          Weakest topics first
        </h2>
        {stats.weakest.length === 0 ? (
          <p className="muted">Nothing practised yet. Start with a scenario drill or a few flashcards.</p>
        ) : (
          <ol className="weakest-list" data-testid="weakest">
            {stats.weakest.slice(0, 6).map((t) => (
              <li key={`${t.kind}-${t.id}`}>
                <span className="weakest-list__title">
                  {t.title} <span className="tag">{t.kind === 'guide' ? 'Guide' : 'Section'}</span>
                </span>
                <Accuracy topic={t} />
                <span className="muted">
                  {t.correct}/{t.answered}
                </span>
              </li>
            ))}
          </ol>
        )}
        <div className="pick-actions">
          <button type="button" className="button button--primary" onClick={() => onOpen(totals.due > 0 ? 'cards' : 'drill')}>
            {totals.due > 0 ? `Review ${totals.due} due ${totals.due === 1 ? 'card' : 'cards'}` : 'Practise a scenario'}
          </button>
        </div>
      </section>

      <TopicTable id="by-section" caption="By seed section" topics={stats.sections} />
      <TopicTable id="by-guide" caption="By guide" topics={stats.guides} />
      {children}
    </div>
  );
}

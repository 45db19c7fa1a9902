import { useEffect, useRef } from 'react';
import type { Library } from '../../../core/library';
import type { RehearsalBank } from '../../../core/rehearsal/bank';
import { DRILL_KIND_TITLES, DRILL_KINDS } from '../../../core/rehearsal/drill-item-schema';
import { MOCK_SECONDS, MOCK_SIZE } from '../../../core/rehearsal/mock';
import type { RehearsalProgress } from '../../../core/rehearsal/progress';
import { SEED_QUESTION_COUNTS } from '../../../core/rehearsal/question-schema';
import { countDue } from '../../../core/rehearsal/schedule';
import { progressStats } from '../../../core/rehearsal/stats';

export type RehearsalView = 'hub' | 'questions' | 'interview' | 'drill' | 'drills' | 'mock' | 'cards' | 'progress';

type Props = {
  bank: RehearsalBank;
  library: Library;
  progress: RehearsalProgress;
  onOpen: (view: RehearsalView) => void;
  /** the activity just left, to put focus back on its card */
  returnFrom: RehearsalView | null;
};

const percent = (n: number | null) => (n === null ? '—' : `${Math.round(n * 100)}%`);

/** The four activities, each with the one number that says whether it needs attention. */
export function RehearsalHub({ bank, library, progress, onOpen, returnFrom }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const now = new Date();
  const { due, unseen } = countDue(bank.cards, progress.cards, now);
  const stats = progressStats(progress, bank.cards, library.guides, now);
  const weakest = stats.weakest[0];
  const guides = new Set(bank.scenarios.map((s) => s.guide)).size;
  const questionCount = Object.values(SEED_QUESTION_COUNTS).reduce((a, b) => a + b, 0);
  const questionsDue = Object.values(progress.questions?.cards ?? {}).filter((c) => Date.parse(c.due) <= now.getTime()).length;

  useEffect(() => {
    if (returnFrom) list.current?.querySelector<HTMLElement>(`[data-activity="${returnFrom}"]`)?.focus();
  }, [returnFrom]);

  const items: { view: RehearsalView; title: string; text: string; meta: string; accent?: boolean }[] = [
    {
      view: 'questions',
      title: 'Interview questions',
      text: 'Answer a senior interview question in your own words, typed or aloud on a clock, then tick the key points you covered.',
      meta: questionsDue > 0 ? `${questionsDue} due now · ${questionCount} questions` : `${questionCount} questions · 10 sections`,
      accent: questionsDue > 0,
    },
    {
      view: 'interview',
      title: 'Mock interview',
      text: 'Several questions across sections (or one), each on a clock and followed by the interviewer’s follow-up; export the summary.',
      meta: '3, 5 or 8 questions · 2–10 min each',
    },
    {
      view: 'drill',
      title: 'Scenario drill',
      text: 'Read a situation, commit to a service and the requirement that decides it, then see the guide’s reasoning.',
      meta: `${bank.scenarios.length} scenarios · ${guides} guides`,
    },
    {
      view: 'drills',
      title: 'Drills',
      text: 'The follow-ups after the design: what fails, what it costs (your estimate first), how you cut over, and the first hour of an incident.',
      meta: DRILL_KINDS.map((k) => DRILL_KIND_TITLES[k]).join(' · '),
    },
    {
      view: 'mock',
      title: 'Mock round',
      text: `${MOCK_SIZE} scenarios across guides against a ${MOCK_SECONDS / 60}-minute clock, then a summary you can export.`,
      meta: `${MOCK_SIZE} questions · ${MOCK_SECONDS / 60} min`,
    },
    {
      view: 'cards',
      title: 'Flashcards',
      text: 'The seed’s hard numbers — limits, prices, SLAs, thresholds — on a spaced-repetition schedule.',
      meta: due > 0 ? `${due} due now · ${unseen} new` : `${unseen} new · nothing due`,
      accent: due > 0,
    },
    {
      view: 'progress',
      title: 'Progress',
      text: 'Accuracy and streaks per seed section and per guide, with the weakest topics first.',
      meta: weakest ? `Weakest: ${weakest.title} (${percent(weakest.accuracy)})` : 'Nothing practised yet',
    },
  ];

  return (
    <div className="rehearsal-hub">
      <p className="rehearsal-lead">
        Practise the trade-offs of a senior cloud-architecture interview. Commit to an answer first; the same guides that
        power the wizard then lay out why it is right or wrong.
      </p>
      {stats.totals.answered > 0 && (
        <dl className="hub-stats" aria-label="So far">
          <div>
            <dt>Answered</dt>
            <dd>{stats.totals.answered}</dd>
          </div>
          <div>
            <dt>Accuracy</dt>
            <dd>{percent(stats.totals.correct / stats.totals.answered)}</dd>
          </div>
          <div>
            <dt>Current streak</dt>
            <dd>{stats.totals.streak}</dd>
          </div>
          <div>
            <dt>Cards due</dt>
            <dd>{due}</dd>
          </div>
        </dl>
      )}
      <ul ref={list} className="activity-grid" role="list">
        {items.map((item) => (
          <li key={item.view}>
            <button type="button" className="activity-card" data-activity={item.view} onClick={() => onOpen(item.view)}>
              <span className="activity-card__title">{item.title}</span>
              <span className="activity-card__text">{item.text}</span>
              <span className={`activity-card__meta${item.accent ? ' activity-card__meta--accent' : ''}`}>{item.meta}</span>
            </button>
          </li>
        ))}
      </ul>
      {bank.problems.length > 0 && (
        <details className="callout callout--warning rehearsal-problems">
          <summary>
            {bank.problems.length} rehearsal {bank.problems.length === 1 ? 'item was' : 'items were'} set aside
          </summary>
          <ul>
            {bank.problems.slice(0, 20).map((p, i) => (
              <li key={i}>
                <code>{p.file}</code> {p.path}: {p.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

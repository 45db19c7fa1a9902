import { useMemo, useState } from 'react';
import type { Library } from '../../../core/library';
import type { RehearsalBank } from '../../../core/rehearsal/bank';
import { exportProgress, mergeProgress, parseProgressFile, progressFileName } from '../../../core/rehearsal/progress-transfer';
import { questionStats } from '../../../core/rehearsal/question-progress';
import { downloadText } from './download';
import { useQuestionBank } from './useQuestionBank';
import type { ProgressState } from './useRehearsalProgress';
import './questions.css';

type Props = { library: Library; bank: RehearsalBank; progress: ProgressState; onPractise: () => void };

const pct = (n: number | null) => (n === null ? '—' : `${Math.round(n * 100)}%`);
const level = (n: number) => (n >= 0.8 ? 'good' : n >= 0.5 ? 'fair' : 'weak');

function Bar({ value }: { value: number | null }) {
  if (value === null) return <span className="muted">not practised</span>;
  return (
    <span className="accuracy">
      <span className="accuracy__bar" aria-hidden="true">
        <span className={`accuracy__fill accuracy__fill--${level(value)}`} style={{ width: `${Math.round(value * 100)}%` }} />
      </span>
      <span className="accuracy__value">{pct(value)}</span>
    </span>
  );
}

/** The latest typed answer (kept with the attempt) and what it missed, folded away. */
function LastAttempt({ answer, missed }: { answer: string | undefined; missed: string[] }) {
  if (!answer && missed.length === 0) return null;
  return (
    <details className="last-attempt">
      <summary>Latest answer</summary>
      {answer ? <blockquote className="typed-answer">{answer}</blockquote> : <p className="muted">Answered aloud.</p>}
      {missed.length > 0 && (
        <p className="muted">
          Missed: {missed.join(' · ')}
        </p>
      )}
    </details>
  );
}

/** Interview-question coverage per section and per question, and moving progress between machines. */
export function QuestionProgress({ library, bank, progress, onPractise }: Props) {
  const state = useQuestionBank(library, bank);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const questions = state.status === 'ready' ? state.bank.questions : [];
  const stats = useMemo(() => questionStats(questions, progress.progress, new Date()), [questions, progress.progress]);
  const practised = stats.questions.filter((q) => q.attempts > 0).length;
  const lastAnswer = useMemo(() => {
    const map = new Map<string, string | undefined>();
    for (const a of progress.progress.questions?.attempts ?? []) map.set(a.question, a.answer);
    return map;
  }, [progress.progress.questions]);

  const exportFile = () => {
    const now = new Date();
    downloadText(progressFileName(now), exportProgress(progress.progress, now), 'application/json');
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseProgressFile(await file.text());
    if (!parsed.ok) return setNotice({ kind: 'error', text: parsed.message });
    progress.update((p) => mergeProgress(p, parsed.progress));
    setNotice({ kind: 'ok', text: `Imported ${file.name}: its flashcards, scenarios and questions joined your progress.` });
  };

  return (
    <section className="topic-section question-progress" aria-labelledby="by-question">
      <h2 id="by-question" className="topic-section__title">
        Interview questions
      </h2>
      {state.status === 'loading' && <p className="muted">Loading the questions…</p>}
      {state.status === 'error' && <p className="callout callout--warning">{state.message}</p>}
      {state.status === 'ready' && (
        <>
          <p className="muted" data-testid="questions-practised">
            {practised} of {questions.length} questions answered.{' '}
            <button type="button" className="button button--small" onClick={onPractise}>
              Practise questions
            </button>
          </p>
          <table className="topic-table" aria-label="Interview questions by seed section">
            <thead>
              <tr>
                <th scope="col">Section</th>
                <th scope="col" className="num">Answered</th>
                <th scope="col">Coverage (latest)</th>
                <th scope="col" className="num">Due</th>
              </tr>
            </thead>
            <tbody>
              {stats.sections.map((s) => (
                <tr key={s.id} data-question-section={s.id}>
                  <th scope="row">{s.title}</th>
                  <td className="num">
                    {s.practised} / {s.questions}
                  </td>
                  <td>
                    <Bar value={s.coverage} />
                  </td>
                  <td className="num">{s.due}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {practised > 0 && (
            <ol className="question-stats" data-testid="question-stats">
              {stats.questions
                .map((s, i) => ({ s, q: questions[i]! }))
                .filter(({ s }) => s.attempts > 0)
                .map(({ s, q }) => (
                  <li key={q.id} data-question={q.id}>
                    <span className="question-stats__prompt">{q.prompt}</span>
                    <Bar value={s.last} />
                    <span className="muted">
                      {s.attempts} {s.attempts === 1 ? 'attempt' : 'attempts'} · best {pct(s.best)}
                      {s.due ? ' · due' : ''}
                    </span>
                    <LastAttempt answer={lastAnswer.get(q.id)} missed={q.keyPoints.filter((p) => s.lastMissed.includes(p.id)).map((p) => p.point)} />
                  </li>
                ))}
            </ol>
          )}
        </>
      )}
      <div className="pick-actions progress-transfer">
        <button type="button" className="button button--ghost" onClick={exportFile}>
          Export rehearsal progress
        </button>
        <label className="button button--ghost file-button">
          Import rehearsal progress
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              void importFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {notice && (
        <p className={notice.kind === 'error' ? 'pick-error' : 'muted'} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
    </section>
  );
}

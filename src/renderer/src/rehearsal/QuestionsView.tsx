import type { Library } from '../../../core/library';
import type { RehearsalBank } from '../../../core/rehearsal/bank';
import { InterviewLoop } from './InterviewLoop';
import { QuestionPractice } from './QuestionPractice';
import { useQuestionBank } from './useQuestionBank';
import type { ProgressState } from './useRehearsalProgress';

type Props = { activity: 'questions' | 'interview'; library: Library; bank: RehearsalBank; progress: ProgressState; onOpenGuide?: ((id: string) => void) | undefined };

/** Loads the question bank (its own chunks) and hands it to the practice or the interview. */
export function QuestionsView({ activity, library, bank, progress, onOpenGuide }: Props) {
  const state = useQuestionBank(library, bank);
  if (state.status === 'loading') return <p className="muted">Loading the questions…</p>;
  if (state.status === 'error') return <p className="callout callout--warning">{state.message}</p>;
  const problems = state.bank.problems;
  return (
    <>
      {activity === 'questions' ? (
        <QuestionPractice questions={state.bank} bank={bank} library={library} progress={progress} onOpenGuide={onOpenGuide} />
      ) : (
        <InterviewLoop questions={state.bank} bank={bank} library={library} progress={progress} onOpenGuide={onOpenGuide} />
      )}
      {problems.length > 0 && (
        <details className="callout callout--warning rehearsal-problems">
          <summary>
            {problems.length} question {problems.length === 1 ? 'problem' : 'problems'} (links left out)
          </summary>
          <ul>
            {problems.slice(0, 20).map((p, i) => (
              <li key={i}>
                <code>{p.file}</code> {p.path}: {p.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

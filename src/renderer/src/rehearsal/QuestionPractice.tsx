import { useMemo, useRef, useState } from 'react';
import type { Library } from '../../../core/library';
import { SEED_SECTION_IDS, SEED_SECTIONS, type SeedSectionId } from '../../../core/guide/sections';
import type { RehearsalBank } from '../../../core/rehearsal/bank';
import type { QuestionBank } from '../../../core/rehearsal/question-bank';
import { hintKeyPoints, scoreCoverage, type Coverage } from '../../../core/rehearsal/question-check';
import { questionQueue, recordQuestionAttempt } from '../../../core/rehearsal/question-progress';
import type { QuestionAttempt } from '../../../core/rehearsal/question-attempt';
import { AnswerPanel, AnswerSettings, CoverageResult, KeyPointChecklist, type AnswerMode, type ClockChoice } from './QuestionParts';
import type { ProgressState } from './useRehearsalProgress';

type Props = { questions: QuestionBank; bank: RehearsalBank; library: Library; progress: ProgressState; onOpenGuide?: ((id: string) => void) | undefined };

type Phase = { step: 'answer' } | { step: 'check'; hinted: string[] } | { step: 'result'; coverage: Coverage };

/** Answer, then check: one question at a time, the weakest and unseen first. */
export function QuestionPractice({ questions, bank, library, progress, onOpenGuide }: Props) {
  const [section, setSection] = useState<SeedSectionId | 'all'>('all');
  const list = useMemo(() => questions.questions.filter((q) => section === 'all' || q.section === section), [questions, section]);
  const firstInQueue = (pool: typeof list) => questionQueue(pool, progress.progress, new Date())[0]?.id ?? null;
  const [questionId, setQuestionId] = useState<string | null>(() => firstInQueue(list));
  const [mode, setMode] = useState<AnswerMode>('typed');
  const [clock, setClock] = useState<ClockChoice>(5);
  const [answer, setAnswer] = useState('');
  const [ticked, setTicked] = useState<string[]>([]);
  const [phase, setPhase] = useState<Phase>({ step: 'answer' });
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [seconds, setSeconds] = useState(0);
  const top = useRef<HTMLDivElement>(null);

  const question = list.find((q) => q.id === questionId) ?? list[0];

  const open = (id: string | null) => {
    setQuestionId(id);
    setAnswer('');
    setTicked([]);
    setPhase({ step: 'answer' });
    setStartedAt(Date.now());
    top.current?.scrollIntoView?.({ block: 'start' });
  };

  const check = () => {
    if (!question) return;
    setSeconds(Math.round((Date.now() - startedAt) / 1000));
    setPhase({ step: 'check', hinted: mode === 'typed' ? hintKeyPoints(question, answer) : [] });
  };

  const score = () => {
    if (!question) return;
    const coverage = scoreCoverage(question, ticked);
    setPhase({ step: 'result', coverage });
    const attempt: QuestionAttempt = {
      question: question.id,
      section: question.section,
      covered: coverage.covered.map((p) => p.id),
      total: question.keyPoints.length,
      answeredBy: mode,
      context: 'practice',
      seconds,
      at: new Date().toISOString(),
    };
    if (clock !== 'off') attempt.limitSeconds = clock * 60;
    if (mode === 'typed' && answer.trim()) attempt.answer = answer;
    progress.update((p) => recordQuestionAttempt(p, attempt));
  };

  const next = () => {
    const queue = questionQueue(list, progress.progress, new Date()).filter((q) => q.id !== question?.id);
    open(queue[0]?.id ?? question?.id ?? null);
  };

  return (
    <div className="drill question-practice" ref={top}>
      <div className="drill-toolbar">
        <label className="toolbar-field">
          <span>Section</span>
          <select
            value={section}
            onChange={(e) => {
              const value = e.target.value as SeedSectionId | 'all';
              setSection(value);
              open(firstInQueue(questions.questions.filter((q) => value === 'all' || q.section === value)));
            }}
          >
            <option value="all">All sections</option>
            {SEED_SECTION_IDS.map((s) => (
              <option key={s} value={s}>
                {SEED_SECTIONS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar-field toolbar-field--grow">
          <span>Question</span>
          <select value={question?.id ?? ''} onChange={(e) => open(e.target.value)}>
            {list.map((q) => (
              <option key={q.id} value={q.id}>
                {q.prompt}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!question ? (
        <p className="muted">No questions in this section.</p>
      ) : (
        <>
          {phase.step === 'answer' && (
            <>
              <AnswerSettings mode={mode} onMode={setMode} clock={clock} onClock={(c) => {
                  // A new clock starts from now: choosing it is the moment the candidate starts.
                  setClock(c);
                  setStartedAt(Date.now());
                }} />
              <AnswerPanel question={question} mode={mode} answer={answer} onAnswer={setAnswer} clock={clock} startedAt={startedAt} onDone={check} doneLabel="Check my answer" />
            </>
          )}
          {phase.step !== 'answer' && (
            <section className="question-card question-card--asked">
              <h2 className="question-card__prompt" data-testid="question-prompt">
                {question.prompt}
              </h2>
              {mode === 'typed' && answer.trim() && <blockquote className="typed-answer">{answer}</blockquote>}
            </section>
          )}
          {phase.step === 'check' && (
            <KeyPointChecklist question={question} hinted={phase.hinted} ticked={ticked} onTicked={setTicked} onScore={score} scoreLabel="Score my answer" />
          )}
          {phase.step === 'result' && (
            <CoverageResult question={question} coverage={phase.coverage} library={library} bank={bank} onOpenGuide={onOpenGuide}>
              <div className="pick-actions drill-next">
                <button type="button" className="button button--primary" onClick={next}>
                  Next question
                </button>
                <button type="button" className="button button--ghost" onClick={() => open(question.id)}>
                  Answer it again
                </button>
              </div>
            </CoverageResult>
          )}
        </>
      )}
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import type { Library } from '../../../core/library';
import { SEED_SECTION_IDS, SEED_SECTIONS, type SeedSectionId } from '../../../core/guide/sections';
import type { RehearsalBank } from '../../../core/rehearsal/bank';
import {
  CLOCK_MINUTES,
  drawInterview,
  followUpFor,
  INTERVIEW_SIZES,
  interviewAttempts,
  summariseInterview,
  type ClockMinutes,
  type InterviewAnswer,
  type InterviewPlan,
  type InterviewSummary,
} from '../../../core/rehearsal/interview';
import { formatClock } from '../../../core/rehearsal/mock';
import type { QuestionBank } from '../../../core/rehearsal/question-bank';
import { hintKeyPoints } from '../../../core/rehearsal/question-check';
import { recordQuestionAttempt } from '../../../core/rehearsal/question-progress';
import type { InterviewQuestion } from '../../../core/rehearsal/question-schema';
import { InterviewSummaryView } from './InterviewSummaryView';
import { AnswerPanel, KeyPointChecklist } from './QuestionParts';
import type { ProgressState } from './useRehearsalProgress';

type Props = { questions: QuestionBank; bank: RehearsalBank; library: Library; progress: ProgressState; onOpenGuide?: ((id: string) => void) | undefined };

type Running = {
  plan: InterviewPlan;
  drawn: InterviewQuestion[];
  index: number;
  stage: 'answer' | 'check' | 'follow-up';
  answer: string;
  ticked: string[];
  hinted: string[];
  followUpAnswer: string;
  startedAt: number;
  seconds: number;
  done: InterviewAnswer[];
};

/** A mock interview: questions across sections on a clock, each checked, then probed with a follow-up. */
export function InterviewLoop({ questions, bank, library, progress, onOpenGuide }: Props) {
  const [plan, setPlan] = useState<InterviewPlan>({ section: 'all', count: 3, minutes: 5 });
  const [run, setRun] = useState<Running | null>(null);
  const [summary, setSummary] = useState<{ summary: InterviewSummary; at: Date } | null>(null);
  const top = useRef<HTMLDivElement>(null);
  const followUpHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (run?.stage === 'follow-up') followUpHeading.current?.focus();
  }, [run?.stage, run?.index]);

  const start = () => {
    const drawn = drawInterview(questions.questions, progress.progress, new Date(), plan);
    setSummary(null);
    setRun({ plan, drawn, index: 0, stage: 'answer', answer: '', ticked: [], hinted: [], followUpAnswer: '', startedAt: Date.now(), seconds: 0, done: [] });
  };

  if (summary) {
    return <InterviewSummaryView summary={summary.summary} finishedAt={summary.at} library={library} bank={bank} onOpenGuide={onOpenGuide} onAgain={() => setSummary(null)} />;
  }

  if (!run) {
    const pool = plan.section === 'all' ? questions.questions.length : questions.questions.filter((q) => q.section === plan.section).length;
    return (
      <div className="interview-setup reveal-card">
        <p className="rehearsal-lead">
          An interviewer asks {Math.min(plan.count, pool)} questions, one at a time. Answer each against the clock, check yourself against its key points, then take
          the follow-up. Questions you answered weakly before come first.
        </p>
        <label className="toolbar-field">
          <span>Sections</span>
          <select value={plan.section} onChange={(e) => setPlan({ ...plan, section: e.target.value as SeedSectionId | 'all' })}>
            <option value="all">Across all sections</option>
            {SEED_SECTION_IDS.map((s) => (
              <option key={s} value={s}>
                {SEED_SECTIONS[s]}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="segmented">
          <legend>Questions</legend>
          {INTERVIEW_SIZES.map((n) => (
            <label key={n} className={plan.count === n ? 'is-on' : undefined}>
              <input type="radio" name="interview-size" checked={plan.count === n} onChange={() => setPlan({ ...plan, count: n })} />
              {n}
            </label>
          ))}
        </fieldset>
        <fieldset className="segmented">
          <legend>Minutes per question</legend>
          {CLOCK_MINUTES.map((m) => (
            <label key={m} className={plan.minutes === m ? 'is-on' : undefined}>
              <input type="radio" name="interview-minutes" checked={plan.minutes === m} onChange={() => setPlan({ ...plan, minutes: m as ClockMinutes })} />
              {m} min
            </label>
          ))}
        </fieldset>
        <div className="pick-actions">
          <button type="button" className="button button--primary" onClick={start}>
            Start the interview
          </button>
        </div>
      </div>
    );
  }

  const question = run.drawn[run.index]!;
  const last = run.index === run.drawn.length - 1;
  const followUp = followUpFor(question, run.index);
  const update = (patch: Partial<Running>) => setRun({ ...run, ...patch });

  const finish = (done: InterviewAnswer[]) => {
    const at = new Date();
    const result = summariseInterview(done, run.plan.minutes);
    progress.update((p) => interviewAttempts(result, at).reduce(recordQuestionAttempt, p));
    setRun(null);
    setSummary({ summary: result, at });
    top.current?.scrollIntoView?.({ block: 'start' });
  };

  const nextQuestion = () => {
    const done = [...run.done, { question, answer: run.answer, ticked: run.ticked, seconds: run.seconds, followUp, followUpAnswer: run.followUpAnswer }];
    if (last) return finish(done);
    setRun({ ...run, done, index: run.index + 1, stage: 'answer', answer: '', ticked: [], hinted: [], followUpAnswer: '', startedAt: Date.now(), seconds: 0 });
  };

  return (
    <div className="interview" ref={top}>
      <div className="mock-bar">
        <span className="mock-bar__count">
          Question {run.index + 1} of {run.drawn.length}
        </span>
        <span className="muted">{formatClock(run.done.reduce((s, d) => s + d.seconds, 0))} answered so far</span>
      </div>
      {run.stage === 'answer' && (
        <AnswerPanel
          key={question.id}
          question={question}
          mode="typed"
          answer={run.answer}
          onAnswer={(answer) => update({ answer })}
          clock={run.plan.minutes}
          startedAt={run.startedAt}
          doneLabel="Done answering"
          focus={run.index > 0}
          onDone={() => update({ stage: 'check', seconds: Math.round((Date.now() - run.startedAt) / 1000), hinted: hintKeyPoints(question, run.answer) })}
        />
      )}
      {run.stage === 'check' && (
        <KeyPointChecklist question={question} hinted={run.hinted} ticked={run.ticked} onTicked={(ticked) => update({ ticked })} onScore={() => update({ stage: 'follow-up' })} scoreLabel="On to the follow-up" />
      )}
      {run.stage === 'follow-up' && (
        <section className="question-card" aria-labelledby="follow-up-title">
          <p className="question-card__kicker">Follow-up</p>
          <h2 id="follow-up-title" ref={followUpHeading} tabIndex={-1} className="question-card__prompt" data-testid="follow-up">
            {followUp}
          </h2>
          <label className="answer-box">
            <span>Your answer (optional; say it aloud if you prefer)</span>
            <textarea rows={4} maxLength={3000} value={run.followUpAnswer} onChange={(e) => update({ followUpAnswer: e.target.value })} />
          </label>
          <div className="pick-actions">
            <button type="button" className="button button--primary" onClick={nextQuestion}>
              {last ? 'Finish the interview' : 'Next question'}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

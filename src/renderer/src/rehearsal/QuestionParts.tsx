import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { Library } from '../../../core/library';
import type { RehearsalBank } from '../../../core/rehearsal/bank';
import { CLOCK_MINUTES, type ClockMinutes } from '../../../core/rehearsal/interview';
import { MAX_ANSWER_CHARS } from '../../../core/rehearsal/question-attempt';
import { describeCoverage, type Coverage } from '../../../core/rehearsal/question-check';
import type { InterviewQuestion } from '../../../core/rehearsal/question-schema';
import { SEED_SECTIONS } from '../../../core/guide/sections';
import { DrillClock } from './DrillClock';
import './questions.css';

export type AnswerMode = 'typed' | 'spoken';
export type ClockChoice = ClockMinutes | 'off';

/** How the candidate answers and how long they give themselves. */
export function AnswerSettings({ mode, onMode, clock, onClock, clockOptional = true }: { mode: AnswerMode; onMode: (m: AnswerMode) => void; clock: ClockChoice; onClock: (c: ClockChoice) => void; clockOptional?: boolean }) {
  const choices: ClockChoice[] = clockOptional ? ['off', ...CLOCK_MINUTES] : [...CLOCK_MINUTES];
  return (
    <div className="answer-settings">
      <fieldset className="segmented">
        <legend>Answer</legend>
        {(['typed', 'spoken'] as const).map((m) => (
          <label key={m} className={mode === m ? 'is-on' : undefined}>
            <input type="radio" name="answer-mode" value={m} checked={mode === m} onChange={() => onMode(m)} />
            {m === 'typed' ? 'Type it' : 'Say it aloud'}
          </label>
        ))}
      </fieldset>
      <fieldset className="segmented">
        <legend>Clock</legend>
        {choices.map((c) => (
          <label key={c} className={clock === c ? 'is-on' : undefined}>
            <input type="radio" name="answer-clock" value={c} checked={clock === c} onChange={() => onClock(c)} />
            {c === 'off' ? 'None' : `${c} min`}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

/** Focus the element when it first appears, so keyboard and screen-reader users land on what just changed. */
function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}

/** The question, the clock and the answer box (or the prompt to speak). */
export function AnswerPanel(props: {
  question: InterviewQuestion;
  heading?: string;
  mode: AnswerMode;
  answer: string;
  onAnswer: (text: string) => void;
  clock: ClockChoice;
  startedAt: number;
  onDone: () => void;
  doneLabel: string;
  /** move focus to the question (a new question after a button press) */
  focus?: boolean;
}) {
  const { question, mode, answer, onAnswer, clock, startedAt, onDone, doneLabel } = props;
  const id = useId();
  const prompt = useFocusOnMount<HTMLHeadingElement>(props.focus ?? false);
  return (
    <section className="question-card" aria-labelledby={`${id}-q`}>
      <div className="question-card__top">
        <span className="tag">{SEED_SECTIONS[question.section]}</span>
        {clock !== 'off' && <DrillClock key={`${startedAt}-${clock}`} startedAt={startedAt} limitSeconds={clock * 60} />}
      </div>
      {props.heading && <p className="question-card__kicker">{props.heading}</p>}
      <h2 id={`${id}-q`} ref={prompt} tabIndex={-1} className="question-card__prompt" data-testid="question-prompt">
        {question.prompt}
      </h2>
      {mode === 'typed' ? (
        <label className="answer-box">
          <span>Your answer</span>
          <textarea value={answer} maxLength={MAX_ANSWER_CHARS} rows={9} onChange={(e) => onAnswer(e.target.value)} placeholder="Answer as you would out loud: the decision, the numbers, the trade-offs, the risks." />
          <span className="muted answer-box__count">
            {answer.length} / {MAX_ANSWER_CHARS}
          </span>
        </label>
      ) : (
        <p className="callout spoken-note">Answer out loud, as in the interview. When you have finished, check yourself against the key points.</p>
      )}
      <div className="pick-actions">
        <button type="button" className="button button--primary" onClick={onDone}>
          {doneLabel}
        </button>
      </div>
    </section>
  );
}

/** The key points as checkboxes; the keyword hint marks likely mentions, the candidate decides. */
export function KeyPointChecklist({ question, hinted, ticked, onTicked, onScore, scoreLabel }: { question: InterviewQuestion; hinted: readonly string[]; ticked: readonly string[]; onTicked: (ids: string[]) => void; onScore: () => void; scoreLabel: string }) {
  const hints = new Set(hinted);
  const set = new Set(ticked);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const toggle = (id: string) => onTicked(question.keyPoints.filter((p) => (p.id === id ? !set.has(id) : set.has(p.id))).map((p) => p.id));
  return (
    <section className="reveal-card checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title" ref={heading} tabIndex={-1} className="reveal-card__heading">
        Which of these did your answer cover?
      </h2>
      <p className="muted">
        Tick only what you actually said. {hinted.length > 0 ? `Your typed answer seems to mention ${hinted.length} of them (marked); you decide.` : ''}
      </p>
      <ul className="checklist__items" role="list">
        {question.keyPoints.map((p) => (
          <li key={p.id} className={set.has(p.id) ? 'is-ticked' : undefined}>
            <label>
              <input type="checkbox" checked={set.has(p.id)} onChange={() => toggle(p.id)} />
              <span>{p.point}</span>
              {hints.has(p.id) && <span className="tag tag--hint">mentioned?</span>}
            </label>
          </li>
        ))}
      </ul>
      <div className="pick-actions">
        <button type="button" className="button button--primary" onClick={onScore}>
          {scoreLabel}
        </button>
      </div>
    </section>
  );
}

/** Coverage, what was missed and why, the follow-ups, and where to practise it. */
export function CoverageResult({ question, coverage, library, bank, onOpenGuide, children }: { question: InterviewQuestion; coverage: Coverage; library: Library; bank: RehearsalBank; onOpenGuide?: ((id: string) => void) | undefined; children?: ReactNode }) {
  const level = coverage.coverage >= 0.8 ? 'good' : coverage.coverage >= 0.5 ? 'fair' : 'weak';
  const guides = (question.links.guides ?? []).flatMap((id) => library.guides.filter((g) => g.id === id));
  const scenarios = (question.links.scenarios ?? []).flatMap((id) => bank.scenarios.filter((s) => s.id === id));
  const cards = (question.links.flashcards ?? []).flatMap((id) => bank.cards.filter((c) => c.id === id));
  const decider = guides[0];
  const verdict = useFocusOnMount<HTMLParagraphElement>();
  return (
    <div className="coverage-result">
      <p ref={verdict} tabIndex={-1} className={`verdict coverage coverage--${level}`} role="status" data-testid="coverage">
        <span className="verdict__headline">You covered {describeCoverage(coverage)}.</span>
      </p>
      {coverage.missed.length > 0 ? (
        <section className="reveal-card" aria-labelledby="missed-title" data-testid="missed">
          <h2 id="missed-title" className="reveal-card__heading">
            What a strong answer adds
          </h2>
          <ul className="missed-list">
            {coverage.missed.map((p) => (
              <li key={p.id}>
                <strong>{p.point}</strong> <span>{p.why}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="callout">Every key point covered.</p>
      )}
      <section className="reveal-card" aria-labelledby="followups-title">
        <h2 id="followups-title" className="reveal-card__heading">
          The interviewer would ask next
        </h2>
        <ul className="followup-list">
          {question.followUps.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      </section>
      {(decider || scenarios.length > 0 || cards.length > 0) && (
        <section className="reveal-card" aria-labelledby="practise-title" data-testid="practise-links">
          <h2 id="practise-title" className="reveal-card__heading">
            Practise it
          </h2>
          {decider && (
            <p>
              The guide that decides this: <strong>{decider.title}</strong>.{' '}
              {onOpenGuide && (
                <button type="button" className="button button--small" onClick={() => onOpenGuide(decider.id)}>
                  Walk it in the guide
                </button>
              )}
            </p>
          )}
          {guides.length > 1 && <p className="muted">Also: {guides.slice(1).map((g) => g.title).join(', ')}.</p>}
          {scenarios.length > 0 && <p className="muted">Scenarios in the drill: {scenarios.map((s) => s.title).join(' · ')}.</p>}
          {cards.length > 0 && <p className="muted">Flashcards: {cards.map((c) => c.front).join(' · ')}</p>}
        </section>
      )}
      {children}
    </div>
  );
}

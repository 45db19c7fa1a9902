import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Library } from '../../../core/library';
import { formatNumber } from '../../../core/guide/answers';
import { SEED_SECTIONS } from '../../../core/guide/sections';
import type { RehearsalBank } from '../../../core/rehearsal/bank';
import { drillAsQuestion, gradeEstimate, revealDrill, type DrillBank, type DrillReveal, type EstimateGrade } from '../../../core/rehearsal/drill-item-bank';
import { DRILL_KIND_TITLES, DRILL_KINDS, type DrillItem, type DrillKind } from '../../../core/rehearsal/drill-item-schema';
import { MAX_ANSWER_CHARS } from '../../../core/rehearsal/question-attempt';
import { hintKeyPoints, scoreCoverage, type Coverage } from '../../../core/rehearsal/question-check';
import { CoverageResult, KeyPointChecklist } from './QuestionParts';
import { useDrillBank } from './useDrillBank';
import './drills.css';

type Props = { library: Library; bank: RehearsalBank; onOpenGuide?: ((id: string) => void) | undefined };

const KIND_TEXT: Record<DrillKind, string> = {
  'failure-modes': 'The design is agreed; now something breaks. Say what users see, how you find out and what should have caught it.',
  'cost-estimation': 'Put a number on it before the reveal, then see the guide’s own figure and whether you were close enough.',
  migration: 'Move a live system without losing data or users: the order of the cut-over and the way back.',
  incidents: 'The first hour of a security incident: contain, keep the evidence, rotate, investigate.',
};

/** Drills: pick a kind, then answer its items one by one. */
export function Drills({ library, bank, onOpenGuide }: Props) {
  const state = useDrillBank(library);
  if (state.status === 'loading') return <p className="muted">Loading the drills…</p>;
  if (state.status === 'error') return <p className="callout callout--warning">{state.message}</p>;
  return <DrillsReady drills={state.bank} library={library} bank={bank} onOpenGuide={onOpenGuide} />;
}

function DrillsReady({ drills, library, bank, onOpenGuide }: { drills: DrillBank } & Props) {
  const [kind, setKind] = useState<DrillKind | null>(null);
  const [itemId, setItemId] = useState<string | null>(null);
  // Focus the prompt when a button brought the item up, not while arrowing through the list.
  const [focusPrompt, setFocusPrompt] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const lastKind = useRef<DrillKind | null>(null);
  const items = useMemo(() => drills.items.filter((item) => item.kind === kind), [drills, kind]);
  const item = items.find((i) => i.id === itemId) ?? items[0];

  useEffect(() => {
    // Back on the list of kinds: put focus on the kind just left.
    if (kind === null && lastKind.current) list.current?.querySelector<HTMLElement>(`[data-drill-kind="${lastKind.current}"]`)?.focus();
  }, [kind]);

  const choose = (next: DrillKind | null) => {
    if (next === null) lastKind.current = kind;
    setKind(next);
    setItemId(null);
    setFocusPrompt(next !== null);
  };

  if (kind === null || !item) {
    return (
      <div className="drills">
        <p className="rehearsal-lead">The follow-ups a senior loop asks once the design is on the board. Answer first; the reveal shows the key points and what the guide says about that design.</p>
        <ul ref={list} className="activity-grid" role="list" aria-label="Drill kinds">
          {DRILL_KINDS.map((k) => {
            const n = drills.items.filter((i) => i.kind === k).length;
            return (
              <li key={k}>
                <button type="button" className="activity-card" data-drill-kind={k} disabled={n === 0} onClick={() => choose(k)}>
                  <span className="activity-card__title">{DRILL_KIND_TITLES[k]}</span>
                  <span className="activity-card__text">{KIND_TEXT[k]}</span>
                  <span className="activity-card__meta">{n} {n === 1 ? 'item' : 'items'}</span>
                </button>
              </li>
            );
          })}
        </ul>
        <DrillProblems drills={drills} />
      </div>
    );
  }

  const index = items.indexOf(item);
  const next = items[(index + 1) % items.length]!;
  return (
    <div className="drill drills" data-kind={kind}>
      <div className="drill-toolbar">
        <button type="button" className="button button--ghost button--small" onClick={() => choose(null)}>
          <span aria-hidden="true">←</span> Drill kinds
        </button>
        <label className="toolbar-field toolbar-field--grow">
          <span>Drill</span>
          <select value={item.id} onChange={(e) => {
              setFocusPrompt(false);
              setItemId(e.target.value);
            }}>
            {items.map((i) => (
              <option key={i.id} value={i.id}>
                {i.title}
              </option>
            ))}
          </select>
        </label>
        <span className="muted drills-count">
          {index + 1} of {items.length}
        </span>
      </div>
      <DrillItemPractice key={item.id} item={item} library={library} bank={bank} onOpenGuide={onOpenGuide} autoFocus={focusPrompt} onNext={() => {
          setFocusPrompt(true);
          setItemId(next.id);
        }} />
    </div>
  );
}

type Phase = { step: 'answer' } | { step: 'check'; hinted: string[] } | { step: 'result'; coverage: Coverage; grade: EstimateGrade | null };

/** Parse what was typed in the estimate field: digits with an optional decimal point, commas and spaces ignored. */
function parseEstimate(raw: string): number | null {
  const cleaned = raw.replace(/[\s,]/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** One item: the prompt, the answer (and an estimate), the self-check, then the reveal. */
function DrillItemPractice({ item, library, bank, onOpenGuide, onNext, autoFocus }: { item: DrillItem; onNext: () => void; autoFocus: boolean } & Props) {
  const question = useMemo(() => drillAsQuestion(item), [item]);
  const checked = useMemo(() => revealDrill(item, library), [item, library]);
  const reveal = checked.ok ? checked.reveal : null;
  const [answer, setAnswer] = useState('');
  const [estimate, setEstimate] = useState('');
  const [tried, setTried] = useState(false);
  const [ticked, setTicked] = useState<string[]>([]);
  const [phase, setPhase] = useState<Phase>({ step: 'answer' });
  const id = useId();
  const prompt = useRef<HTMLHeadingElement>(null);
  const [focusToken, setFocusToken] = useState(autoFocus ? 1 : 0);
  useEffect(() => {
    if (focusToken > 0) prompt.current?.focus();
  }, [focusToken]);
  const isCost = item.kind === 'cost-estimation';
  const estimateValue = parseEstimate(estimate);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (isCost && estimateValue === null) return;
    setPhase({ step: 'check', hinted: hintKeyPoints(question, answer) });
  };

  const score = () => {
    const grade = isCost && reveal?.figure && item.figure && estimateValue !== null ? gradeEstimate(estimateValue, reveal.figure.value, item.figure.tolerancePercent) : null;
    setPhase({ step: 'result', coverage: scoreCoverage(question, ticked), grade });
  };

  const again = () => {
    setAnswer('');
    setEstimate('');
    setTried(false);
    setTicked([]);
    setPhase({ step: 'answer' });
    setFocusToken((n) => n + 1);
  };

  if (!reveal) return <p className="callout callout--warning">This drill cannot be shown: {checked.ok ? '' : checked.message}</p>;

  return (
    <>
      {phase.step === 'answer' ? (
        <form className="question-card" aria-labelledby={`${id}-q`} onSubmit={submit} data-testid="drill-item">
          <div className="question-card__top">
            <span className="tag">{SEED_SECTIONS[item.section]}</span>
            <span className="tag tag--kind">{DRILL_KIND_TITLES[item.kind]}</span>
          </div>
          <p className="question-card__kicker">{item.title}</p>
          <h2 id={`${id}-q`} ref={prompt} tabIndex={-1} className="question-card__prompt" data-testid="question-prompt">
            {item.prompt}
          </h2>
          {isCost && reveal.figure && (
            <div className="estimate-field">
              <label htmlFor={`${id}-estimate`}>
                Your estimate <span className="muted">({reveal.figure.unit})</span>
              </label>
              <input
                id={`${id}-estimate`}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={estimate}
                aria-describedby={`${id}-estimate-help`}
                aria-invalid={tried && estimateValue === null ? true : undefined}
                onChange={(e) => setEstimate(e.target.value)}
              />
              <span id={`${id}-estimate-help`} className="muted">
                A number before the reveal; within ±{item.figure?.tolerancePercent} % of the guide’s figure counts.
              </span>
            </div>
          )}
          <label className="answer-box">
            <span>Your answer</span>
            <textarea value={answer} maxLength={MAX_ANSWER_CHARS} rows={8} onChange={(e) => setAnswer(e.target.value)} placeholder={isCost ? 'Show the working: the quantities, the unit prices you assume, and what you would change.' : 'Answer as you would out loud: the order of what you do, and why.'} />
            <span className="muted answer-box__count">
              {answer.length} / {MAX_ANSWER_CHARS}
            </span>
          </label>
          {tried && isCost && estimateValue === null && (
            <p className="pick-error" role="alert">
              Type your estimate as a number before the reveal.
            </p>
          )}
          <div className="pick-actions">
            <button type="submit" className="button button--primary">
              Check my answer
            </button>
          </div>
        </form>
      ) : (
        <section className="question-card question-card--asked">
          <h2 className="question-card__prompt" data-testid="question-prompt">
            {item.prompt}
          </h2>
          {isCost && estimateValue !== null && reveal.figure && (
            <p className="muted">
              Your estimate: {formatNumber(estimateValue)} {reveal.figure.unit}
            </p>
          )}
          {answer.trim() && <blockquote className="typed-answer">{answer}</blockquote>}
        </section>
      )}
      {phase.step === 'check' && <KeyPointChecklist question={question} hinted={phase.hinted} ticked={ticked} onTicked={setTicked} onScore={score} scoreLabel="Score my answer and reveal" />}
      {phase.step === 'result' && (
        <>
          {phase.grade && reveal.figure && item.figure && <EstimateVerdict grade={phase.grade} figure={reveal.figure} tolerancePercent={item.figure.tolerancePercent} />}
          <CoverageResult question={question} coverage={phase.coverage} library={library} bank={bank} onOpenGuide={onOpenGuide}>
            <GuideReveal item={item} reveal={reveal} />
            <div className="pick-actions drill-next">
              <button type="button" className="button button--primary" onClick={onNext}>
                Next drill
              </button>
              <button type="button" className="button button--ghost" onClick={again}>
                Answer it again
              </button>
            </div>
          </CoverageResult>
        </>
      )}
    </>
  );
}

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatNumber(Math.abs(Math.round(n)))}`;

function EstimateVerdict({ grade, figure, tolerancePercent }: { grade: EstimateGrade; figure: NonNullable<DrillReveal['figure']>; tolerancePercent: number }) {
  return (
    <div className={`verdict estimate-verdict ${grade.within ? 'verdict--right' : 'verdict--wrong'}`} role="status" data-testid="estimate-verdict" data-within={grade.within}>
      <span className="verdict__headline">{grade.within ? 'Within tolerance' : 'Outside tolerance'}</span>
      <span className="verdict__detail">
        Your estimate {formatNumber(grade.estimate)} {figure.unit} against the guide’s {figure.text} ({figure.label}):{' '}
        {Number.isFinite(grade.offPercent) ? `${signed(grade.offPercent)} %` : 'off the scale'}, where ±{tolerancePercent} % counts.
      </span>
    </div>
  );
}

/** The design the guide reaches in this situation, and what it warns about. */
function GuideReveal({ item, reveal }: { item: DrillItem; reveal: DrillReveal }) {
  return (
    <section className="reveal-card drill-reveal" aria-labelledby={`reveal-${item.id}`} data-testid="drill-reveal">
      <h2 id={`reveal-${item.id}`} className="reveal-card__heading">
        What the guide says about this design
      </h2>
      <p>
        <strong>{reveal.outcome.title}</strong> <span className="muted">({reveal.guide.title})</span>. {reveal.outcome.summary}
      </p>
      {reveal.figure && (
        <p data-testid="drill-figure">
          {reveal.figure.label}: <strong>{reveal.figure.text}</strong>
        </p>
      )}
      {reveal.warnings.length > 0 && (
        <>
          <h3 className="drill-reveal__sub">What can go wrong</h3>
          <ul className="drill-warnings" data-testid="drill-warnings">
            {reveal.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}
      {reveal.notes.length > 0 && (
        <details className="drill-notes">
          <summary>The guide’s notes ({reveal.notes.length})</summary>
          <ul>
            {reveal.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function DrillProblems({ drills }: { drills: DrillBank }) {
  if (drills.problems.length === 0) return null;
  return (
    <details className="callout callout--warning rehearsal-problems">
      <summary>
        {drills.problems.length} drill {drills.problems.length === 1 ? 'item was' : 'items were'} set aside
      </summary>
      <ul>
        {drills.problems.slice(0, 20).map((p, i) => (
          <li key={i}>
            <code>{p.file}</code> {p.path}: {p.message}
          </li>
        ))}
      </ul>
    </details>
  );
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Library } from '../../../core/library';
import type { RehearsalBank } from '../../../core/rehearsal/bank';
import type { Pick } from '../../../core/rehearsal/drill';
import {
  formatClock,
  MOCK_SECONDS,
  mockAttempts,
  pickMockScenarios,
  summariseMock,
  type MockAnswer,
  type MockSummary,
} from '../../../core/rehearsal/mock';
import { recordAttempt } from '../../../core/rehearsal/progress';
import type { Scenario } from '../../../core/rehearsal/schema';
import { MockSummaryView } from './MockSummaryView';
import { PickForm } from './PickForm';
import { useElapsed } from './useClock';
import type { ProgressState } from './useRehearsalProgress';

type Props = { bank: RehearsalBank; library: Library; progress: ProgressState; onDone: () => void };

type Round = { scenarios: Scenario[]; startedAt: number; questionAt: number; answers: MockAnswer[] };

/** Five scenarios on one visible 15-minute clock, answered without reveals, then a summary. */
export function MockRound({ bank, library, progress, onDone }: Props) {
  const [round, setRound] = useState<Round | null>(null);
  const [summary, setSummary] = useState<{ value: MockSummary; at: Date } | null>(null);

  const start = () => {
    const now = Date.now();
    setSummary(null);
    setRound({ scenarios: pickMockScenarios(bank.scenarios, progress.progress.attempts, Math.random), startedAt: now, questionAt: now, answers: [] });
  };

  const finish = useCallback(
    (answers: MockAnswer[], scenarios: Scenario[], timedOut: boolean) => {
      // Scenarios the clock never reached still appear, unanswered, so the score is out of five.
      const all = [...answers, ...scenarios.slice(answers.length).map((scenario) => ({ scenario, pick: null, seconds: 0 }))];
      const value = summariseMock(all, library.guides, timedOut);
      const at = new Date();
      setSummary({ value, at });
      setRound(null);
      progress.update((p) => mockAttempts(value, at).reduce(recordAttempt, p));
    },
    [library.guides, progress],
  );

  if (summary) return <MockSummaryView summary={summary.value} finishedAt={summary.at} onAgain={start} onDone={onDone} />;
  if (!round) return <MockIntro count={Math.min(5, bank.scenarios.length)} onStart={start} />;
  return <RunningRound round={round} setRound={setRound} library={library} onFinish={finish} />;
}

function MockIntro({ count, onStart }: { count: number; onStart: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  return (
    <div className="mock-intro reveal-card">
      <h2 className="reveal-card__title">Five scenarios, fifteen minutes</h2>
      <ul className="mock-rules">
        <li>{count} scenarios drawn across the guides, weakest ones first.</li>
        <li>For each, commit to a service and the requirement that decides it. No reveals until the end.</li>
        <li>The clock is visible throughout; when it reaches zero the round ends.</li>
        <li>The summary shows your score, time per scenario and the sections to revisit, and exports as Markdown.</li>
      </ul>
      <button ref={button} type="button" className="button button--primary" onClick={onStart}>
        Start the round
      </button>
    </div>
  );
}

type RunningProps = {
  round: Round;
  setRound: (round: Round) => void;
  library: Library;
  onFinish: (answers: MockAnswer[], scenarios: Scenario[], timedOut: boolean) => void;
};

function RunningRound({ round, setRound, library, onFinish }: RunningProps) {
  const elapsed = useElapsed(round.startedAt, true);
  const left = MOCK_SECONDS - elapsed;
  const index = round.answers.length;
  const scenario = round.scenarios[index]!;
  const guide = useMemo(() => library.guides.find((g) => g.id === scenario.guide)!, [library.guides, scenario.guide]);
  const last = index === round.scenarios.length - 1;
  const onQuestion = () => (Date.now() - round.questionAt) / 1000;

  useEffect(() => {
    if (left > 0) return;
    onFinish([...round.answers, { scenario, pick: null, seconds: onQuestion() }], round.scenarios, true);
    // Runs once, when the clock crosses zero; the answers so far are final.
  }, [left <= 0]);

  const commit = (pick: Pick) => {
    const answers = [...round.answers, { scenario, pick, seconds: onQuestion() }];
    if (last) onFinish(answers, round.scenarios, false);
    else setRound({ ...round, answers, questionAt: Date.now() });
  };

  return (
    <div className="mock-running">
      <div className="mock-bar">
        <ol className="mock-steps" aria-label="Round progress">
          {round.scenarios.map((s, i) => (
            <li key={s.id} className={i < index ? 'is-done' : i === index ? 'is-current' : ''} aria-current={i === index ? 'step' : undefined}>
              <span className="visually-hidden">Scenario </span>
              {i + 1}
            </li>
          ))}
        </ol>
        <p className="mock-bar__count">
          Scenario {index + 1} of {round.scenarios.length}
        </p>
        <div className={`clock clock--large${left < 60 ? ' clock--low' : ''}`} role="timer" aria-label="Time left in the round">
          <span className="clock__value" data-testid="mock-clock">
            {formatClock(left)}
          </span>
          <span className="clock__label">left</span>
        </div>
        <button type="button" className="button button--ghost button--small" onClick={() => onFinish(round.answers, round.scenarios, false)}>
          End round
        </button>
      </div>
      <PickForm key={scenario.id} guide={guide} scenario={scenario} onCommit={commit} commitLabel={last ? 'Commit and finish' : 'Commit and continue'} />
    </div>
  );
}

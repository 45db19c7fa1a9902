import { useMemo, useRef, useState } from 'react';
import type { Library } from '../../../core/library';
import type { RehearsalBank } from '../../../core/rehearsal/bank';
import { gradePick, nextScenario, type Grade, type Pick } from '../../../core/rehearsal/drill';
import { recordAttempt } from '../../../core/rehearsal/progress';
import { DrillClock, TIMER_CHOICES, type TimerChoice } from './DrillClock';
import { FreeRecall, type Recall } from './FreeRecall';
import { PickForm } from './PickForm';
import { Reveal } from './Reveal';
import type { ProgressState } from './useRehearsalProgress';

type Props = { bank: RehearsalBank; library: Library; progress: ProgressState };

type Committed = { pick: Pick; grade: Grade };

export function ScenarioDrill({ bank, library, progress }: Props) {
  const [guideFilter, setGuideFilter] = useState('all');
  const list = useMemo(
    () => bank.scenarios.filter((s) => guideFilter === 'all' || s.guide === guideFilter),
    [bank.scenarios, guideFilter],
  );
  const tried = useMemo(() => new Set(progress.progress.attempts.map((a) => a.scenario)), [progress.progress.attempts]);
  const [scenarioId, setScenarioId] = useState<string | null>(() => nextScenario(list, null, tried)?.id ?? null);
  const [committed, setCommitted] = useState<Committed | null>(null);
  // Options stay hidden until the candidate has recalled an answer in their own words.
  const [recall, setRecall] = useState<Recall | null>(null);
  const [timer, setTimer] = useState<TimerChoice>('off');
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const top = useRef<HTMLDivElement>(null);

  const scenario = list.find((s) => s.id === scenarioId) ?? list[0];
  const guide = scenario ? library.guides.find((g) => g.id === scenario.guide) : undefined;

  const open = (id: string | undefined) => {
    setScenarioId(id ?? null);
    setCommitted(null);
    setRecall(null);
    setStartedAt(Date.now());
    top.current?.scrollIntoView?.({ block: 'start' });
  };

  const commit = (pick: Pick) => {
    if (!scenario || !guide) return;
    const grade = gradePick(guide, scenario, pick);
    setCommitted({ pick, grade });
    progress.update((p) =>
      recordAttempt(p, {
        scenario: scenario.id,
        guide: scenario.guide,
        section: scenario.section,
        picked: pick.outcome,
        outcomeRight: grade.outcomeRight,
        deciderRight: grade.deciderRight,
        seconds: Math.round((Date.now() - startedAt) / 1000),
        mode: 'drill',
        at: new Date().toISOString(),
      }),
    );
  };

  const guidesWithScenarios = library.guides.filter((g) => bank.scenarios.some((s) => s.guide === g.id));
  return (
    <div className="drill" ref={top}>
      <div className="drill-toolbar">
        <label className="toolbar-field">
          <span>Guide</span>
          <select
            value={guideFilter}
            onChange={(e) => {
              const filter = e.target.value;
              setGuideFilter(filter);
              const next = bank.scenarios.filter((s) => filter === 'all' || s.guide === filter);
              open(nextScenario(next, null, tried)?.id);
            }}
          >
            <option value="all">All guides</option>
            {guidesWithScenarios.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar-field toolbar-field--grow">
          <span>Scenario</span>
          <select value={scenario?.id ?? ''} onChange={(e) => open(e.target.value)}>
            {list.map((s, i) => (
              <option key={s.id} value={s.id}>
                {i + 1}. {s.title}
                {tried.has(s.id) ? ' ✓' : ''}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="segmented" aria-label="Timer">
          {TIMER_CHOICES.map((choice) => (
            <label key={choice.value} className="segmented__option">
              <input type="radio" name="drill-timer" checked={timer === choice.value} onChange={() => setTimer(choice.value)} />
              <span>{choice.label}</span>
            </label>
          ))}
        </fieldset>
      </div>

      {!scenario || !guide ? (
        <p className="empty-state">No scenarios are available for this guide.</p>
      ) : committed ? (
        <>
          <Reveal guide={guide} catalog={library.catalog} scenario={scenario} pick={committed.pick} grade={committed.grade} />
          <div className="drill-next">
            <button type="button" className="button button--primary" onClick={() => open(nextScenario(list, scenario.id, tried)?.id)}>
              Next scenario
            </button>
            <button type="button" className="button" onClick={() => open(scenario.id)}>
              Try this one again
            </button>
          </div>
        </>
      ) : !recall ? (
        <FreeRecall key={`${scenario.id}-${startedAt}`} scenario={scenario} onDone={setRecall} />
      ) : (
        <PickForm
          key={`${scenario.id}-${startedAt}`}
          guide={guide}
          scenario={scenario}
          onCommit={commit}
          aside={timer !== 'off' && <DrillClock key={startedAt} startedAt={startedAt} limitSeconds={Number(timer)} />}
        />
      )}
    </div>
  );
}

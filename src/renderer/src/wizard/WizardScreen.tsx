import { useMachine } from '@xstate/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Snapshot } from 'xstate';
import type { CatalogIndex } from '../../../core/catalog/load';
import { compileGuide } from '../../../core/guide/compile';
import type { Decision } from '../../../core/guide/decide';
import type { AnswerValue, Guide } from '../../../core/guide/schema';
import { currentStep, type GuideSnapshotLike } from '../../../core/guide/snapshot';
import type { Decided } from '../../../core/recommendation/build';
import type { Platform } from '../platform';
import { RecommendationScreen } from '../recommendation/RecommendationScreen';
import { AnswerTrail } from './AnswerTrail';
import { QuestionStep } from './QuestionStep';
import { useWizardKeys } from './useWizardKeys';

type Props = {
  guide: Guide;
  catalog: CatalogIndex;
  platform: Platform;
  onHome: () => void;
  /** a saved session's machine, replayed to where it was left (src/core/session/resume) */
  resume?: Snapshot<unknown>;
  /** every new snapshot (answer, Back, Restart), for autosave */
  onSnapshot?: (snapshot: GuideSnapshotLike) => void;
  /** in an architecture session: the outcome's "Add to the architecture" action */
  onUse?: (decided: Decided) => void;
  /** what the recommendation's way out is called (default "All guides") */
  homeLabel?: string;
};

/**
 * Runs one guide's machine. Everything shown comes from the snapshot (currentStep, context,
 * can); every user action is an event. Keyed by guide id by the parent, so a new guide
 * starts a new actor.
 */
export function WizardScreen({ guide, catalog, platform, onHome, resume, onSnapshot, onUse, homeLabel }: Props) {
  const machine = useMemo(() => compileGuide(guide), [guide]);
  const [snapshot, send, actor] = useMachine(machine, resume ? { snapshot: resume } : {});
  useEffect(() => onSnapshot?.(snapshot), [snapshot, onSnapshot]);
  const step = currentStep(guide, snapshot);
  const canBack = snapshot.can({ type: 'BACK' });
  const { history, answers, remembered, path } = snapshot.context;
  const outcomeId = step.kind === 'outcome' ? step.outcome.id : undefined;
  // Stable while the snapshot is: the diagram lays out again only when the decision changes.
  const decided = useMemo(() => (outcomeId ? { outcome: outcomeId, answers, path } : undefined), [outcomeId, answers, path]);
  const [attempt, setAttempt] = useState(0);

  const back = useCallback(() => send({ type: 'BACK' }), [send]);
  const restart = useCallback(() => {
    send({ type: 'RESTART' });
    setAttempt((n) => n + 1); // a fresh question view even when already on the first question
  }, [send]);
  /** Unwind to a question already answered: one BACK per later answer, each one guarded. */
  const backTo = useCallback(
    (question: string) => {
      const target = actor.getSnapshot().context.history.lastIndexOf(question);
      if (target < 0) return;
      while (actor.getSnapshot().context.history.length > target && actor.getSnapshot().can({ type: 'BACK' })) {
        actor.send({ type: 'BACK' });
      }
    },
    [actor],
  );
  /**
   * Adopt a what-if: restart, then replay its answers in path order as ANSWER events, so the
   * machine's own guards take the new path (the UI never decides where an answer leads).
   */
  const adopt = useCallback(
    (decision: Decision) => {
      actor.send({ type: 'RESTART' });
      for (const step of decision.path) actor.send({ type: 'ANSWER', value: decision.answers[step.question]! });
      setAttempt((n) => n + 1);
    },
    [actor],
  );
  useWizardKeys({ onHome, onBack: canBack ? back : undefined });

  if (step.kind === 'outcome' && decided) {
    return (
      <RecommendationScreen
        guide={guide}
        catalog={catalog}
        platform={platform}
        decided={decided}
        canBack={canBack}
        onBack={back}
        onChange={backTo}
        onRestart={restart}
        onHome={onHome}
        onAdopt={adopt}
        {...(onUse ? { onUse: () => onUse(decided) } : {})}
        {...(homeLabel ? { homeLabel } : {})}
      />
    );
  }

  if (step.kind !== 'question') return null;
  const { question } = step;
  return (
    <div className="wizard">
      <QuestionStep
        key={`${question.id}:${history.length}:${attempt}`}
        question={question}
        number={step.number}
        atMostLeft={step.atMostLeft}
        remembered={remembered[question.id]}
        canAnswer={(value: AnswerValue) => snapshot.can({ type: 'ANSWER', value })}
        refusal={snapshot.context.refusal?.question === question.id ? snapshot.context.refusal : undefined}
        canBack={canBack}
        onAnswer={(value) => send({ type: 'ANSWER', value })}
        onBack={back}
        onRestart={restart}
      />
      <aside className="wizard-aside" aria-label="Your answers so far">
        <p className="eyebrow">{guide.title}</p>
        <p className="wizard-aside__purpose">{guide.purpose}</p>
        <h2 className="wizard-aside__title">Your answers</h2>
        <AnswerTrail guide={guide} history={history} answers={answers} onChange={backTo} canChange={canBack} />
      </aside>
    </div>
  );
}

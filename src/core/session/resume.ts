import { createActor, type Snapshot } from 'xstate';
import { compileGuide } from '../guide/compile';
import type { Guide } from '../guide/schema';
import { currentStep, type GuideSnapshotLike } from '../guide/snapshot';
import type { Position, Run } from './schema';

/** What autosave stores from a live machine snapshot. */
export function runFromSnapshot(guide: Guide, snapshot: GuideSnapshotLike): Run {
  const step = currentStep(guide, snapshot);
  const { answers, remembered, history } = snapshot.context;
  const position: Position =
    step.kind === 'outcome' ? { kind: 'outcome', outcome: step.outcome.id } : { kind: 'question', question: step.question.id };
  return { guide: guide.id, guideVersion: guide.version, answers: { ...answers }, remembered: { ...remembered }, history: [...history], position };
}

const samePosition = (a: Position, b: Position) =>
  a.kind === b.kind && (a.kind === 'question' ? a.question === (b as typeof a).question : a.outcome === (b as typeof a).outcome);

/** Equal as far as a user can tell: same place, same answers in the same order, same prefills. */
export function sameRun(a: Run, b: Run): boolean {
  return (
    a.guide === b.guide &&
    samePosition(a.position, b.position) &&
    JSON.stringify(a.history) === JSON.stringify(b.history) &&
    sameAnswers(a.answers, b.answers) &&
    sameAnswers(a.remembered, b.remembered)
  );
}
const sameAnswers = (a: Run['answers'], b: Run['answers']) =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => Object.hasOwn(b, k) && a[k] === b[k]);

export type Restored = {
  /** a persisted snapshot for `createActor(machine, { snapshot })` / `useMachine(machine, { snapshot })` */
  snapshot: Snapshot<unknown>;
  /** false when the guide changed since the save and the run stopped at the first answer that no longer applies */
  exact: boolean;
  /** the question the replay stopped at when not exact */
  stoppedAt?: string;
};

/**
 * Puts a guide's machine back where a saved run left it by REPLAYING the saved answers
 * through the machine, rather than trusting a stored state value: every step is checked by
 * the guide's own guards, so a run saved against an older guide (or an edited file) can
 * never put the wizard in a state the guide cannot reach. Where a step no longer applies,
 * the user lands on that question with their old answer prefilled.
 */
export function restoreRun(guide: Guide, run: Run): Restored {
  const actor = createActor(compileGuide(guide, { remembered: { ...run.remembered } })).start();
  let stoppedAt: string | undefined;
  for (const question of run.history) {
    const snapshot = actor.getSnapshot();
    const step = currentStep(guide, snapshot);
    const value = run.answers[question];
    const event = { type: 'ANSWER' as const, value: value ?? '' };
    if (step.kind !== 'question' || step.question.id !== question || value === undefined || !snapshot.can(event)) {
      stoppedAt = step.kind === 'question' ? step.question.id : question;
      break;
    }
    actor.send(event);
  }
  const end = actor.getSnapshot();
  const reached = runFromSnapshot(guide, end);
  const snapshot = actor.getPersistedSnapshot();
  actor.stop();
  const exact = stoppedAt === undefined && samePosition(reached.position, run.position);
  return exact ? { snapshot, exact } : { snapshot, exact, stoppedAt: stoppedAt ?? (reached.position.kind === 'question' ? reached.position.question : undefined) };
}

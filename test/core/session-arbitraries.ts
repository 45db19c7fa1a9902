import fc from 'fast-check';
import { createActor } from 'xstate';
import { compileGuide } from '../../src/core/guide/compile';
import type { Guide, Question } from '../../src/core/guide/schema';
import { currentStep } from '../../src/core/guide/snapshot';
import { runFromSnapshot } from '../../src/core/session/resume';
import type { Run, Session } from '../../src/core/session/schema';
import type { SessionV1 } from '../../src/core/session/schema-v1';
import { MAX_V1_TIME } from '../../src/core/session/schema-v1';
import { loadGuide } from '../helpers/guides';

/** The five committed guides: sessions in property tests are walks through real guides. */
export const GUIDE_IDS = ['compute', 'database', 'disaster-recovery', 'messaging', 'vpc-connectivity'] as const;
export const guides: Guide[] = GUIDE_IDS.map(loadGuide);

function answerFor(question: Question, pick: number): string | number {
  if (question.kind === 'choice') return question.choices[pick % question.choices.length]!.value;
  const span = question.max - question.min;
  const raw = question.min + ((pick % 1001) / 1000) * span;
  return question.integer ? Math.round(raw) : Math.round(raw * 100) / 100;
}

/**
 * Walk a guide as a user would: each pick answers the current question (or, when negative,
 * presses Back), so answers, remembered prefills, history and position are all reachable.
 */
export function walk(guide: Guide, picks: number[]): Run {
  const actor = createActor(compileGuide(guide)).start();
  for (const pick of picks) {
    const snapshot = actor.getSnapshot();
    if (pick < 0) {
      if (snapshot.can({ type: 'BACK' })) actor.send({ type: 'BACK' });
      continue;
    }
    const step = currentStep(guide, snapshot);
    if (step.kind !== 'question') break;
    const event = { type: 'ANSWER' as const, value: answerFor(step.question, pick) };
    if (snapshot.can(event)) actor.send(event);
  }
  const run = runFromSnapshot(guide, actor.getSnapshot());
  actor.stop();
  return run;
}

const MIN_TIME = Date.UTC(2000, 0, 1);
const MAX_TIME = Date.UTC(2200, 0, 1);
const isoTime = fc.integer({ min: MIN_TIME, max: MAX_TIME }).map((ms) => new Date(ms).toISOString());
export const sessionName = fc.string({ minLength: 1, maxLength: 120, unit: 'grapheme' }).map((s) => s.trim()).filter((s) => s.length > 0 && s.length <= 120);
export const sessionId = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);

export const runArb: fc.Arbitrary<Run> = fc
  .record({ guide: fc.constantFrom(...guides), picks: fc.array(fc.integer({ min: -1, max: 1000 }), { maxLength: 30 }) })
  .map(({ guide, picks }) => walk(guide, picks));

export const sessionArb: fc.Arbitrary<Session> = fc.record({
  id: sessionId,
  name: sessionName,
  createdAt: isoTime,
  updatedAt: isoTime,
  runs: fc.array(runArb, { minLength: 1, maxLength: 3 }),
});

/** Format 1 sessions as the first builds wrote them, from the same real walks. */
export const sessionV1Arb: fc.Arbitrary<SessionV1> = fc
  .record({
    id: sessionId,
    name: sessionName,
    createdAt: fc.integer({ min: 0, max: MAX_V1_TIME }),
    updatedAt: fc.integer({ min: 0, max: MAX_V1_TIME }),
    run: runArb,
  })
  .map(({ run, ...rest }) => ({
    ...rest,
    guide: run.guide,
    answers: run.answers,
    history: run.history,
    at: run.position.kind === 'outcome' ? `outcome:${run.position.outcome}` : run.position.question,
  }));

import { assign, setup } from 'xstate';
import { checkAnswer, questionById } from './answers';
import { refusalOf, type Refusal } from './checks';
import { holds } from './conditions';
import type { AnswerValue, Answers, Guide } from './schema';
import type { Step } from './decide';
import { parseTarget } from './targets';

export type GuideContext = {
  /** answers to the questions on the current path only, so stale branches never leak into guards */
  answers: Answers;
  /** every answer given, kept when the user goes back so the wizard can prefill it */
  remembered: Answers;
  /** question ids answered, in order: what BACK unwinds */
  history: string[];
  /** which rule of each question was taken: the provenance of the outcome */
  path: Step[];
  /**
   * the last answer a question's cross-answer check refused, with its message: the wizard
   * shows it from here, so the view never re-derives the check; cleared by any other event
   */
  refusal?: Refusal & { value: AnswerValue };
};

export type GuideEvent = { type: 'ANSWER'; value: AnswerValue } | { type: 'BACK' } | { type: 'RESTART' };

export const OUTCOME_STATE_PREFIX = 'outcome-';
/** Question ids are camelCase and outcome ids kebab-case, so prefixed keys never collide. */
export const outcomeStateKey = (outcomeId: string) => `${OUTCOME_STATE_PREFIX}${outcomeId}`;

const emptyContext = (): GuideContext => ({ answers: {}, remembered: {}, history: [], path: [] });

/**
 * Guide → XState machine: one state per question, one final state per outcome, ANSWER
 * transitions guarded by the guide's ordered rules, BACK to the previous question and
 * RESTART. Pure: the same guide always gives an equivalent machine.
 */
export function compileGuide(guide: Guide, initial?: Partial<GuideContext>) {
  const stateKeyOf = (to: string) => {
    const target = parseTarget(to);
    return target.kind === 'outcome' ? outcomeStateKey(target.id) : target.id;
  };
  const withAnswer = (context: GuideContext, question: string, value: AnswerValue): Answers | undefined => {
    const q = questionById(guide, question);
    const checked = q ? checkAnswer(q, value) : undefined;
    return checked?.ok ? { ...context.answers, [question]: checked.value } : undefined;
  };

  const machineSetup = setup({
    types: {} as { context: GuideContext; events: GuideEvent },
    guards: {
      ruleMatches: ({ context, event }, params: { question: string; rule: number }) => {
        if (event.type !== 'ANSWER') return false;
        const answers = withAnswer(context, params.question, event.value);
        const rule = questionById(guide, params.question)?.next[params.rule];
        return answers !== undefined && rule !== undefined && refusalOf(guide, params.question, answers) === undefined && holds(guide, rule.when, answers);
      },
      refused: ({ context, event }, params: { question: string }) => {
        if (event.type !== 'ANSWER') return false;
        const answers = withAnswer(context, params.question, event.value);
        return answers !== undefined && refusalOf(guide, params.question, answers) !== undefined;
      },
      previousIs: ({ context }, params: { question: string }) => context.history.at(-1) === params.question,
    },
    actions: {
      record: assign(({ context, event }, params: { question: string; rule: number }) => {
        if (event.type !== 'ANSWER') return {};
        const answers = withAnswer(context, params.question, event.value) ?? context.answers;
        return {
          answers,
          remembered: { ...context.remembered, [params.question]: answers[params.question]! },
          history: [...context.history, params.question],
          path: [...context.path, { question: params.question, rule: params.rule }],
          refusal: undefined,
        };
      }),
      refuse: assign(({ context, event }, params: { question: string }) => {
        if (event.type !== 'ANSWER') return {};
        const answers = withAnswer(context, params.question, event.value);
        const refusal = answers && refusalOf(guide, params.question, answers);
        return refusal ? { refusal: { ...refusal, value: answers[params.question]! } } : {};
      }),
      pop: assign(({ context }) => {
        const last = context.history.at(-1);
        const answers = { ...context.answers };
        if (last) delete answers[last];
        return { answers, history: context.history.slice(0, -1), path: context.path.slice(0, -1), refusal: undefined };
      }),
      reset: assign(() => emptyContext()),
    },
  });

  const questionStates = Object.fromEntries(
    guide.questions.map((q) => [
      q.id,
      {
        tags: ['question'],
        meta: { question: q.id },
        on: {
          ANSWER: [
            // A refused answer stays on the question with the check's message in context.refusal.
            ...(q.checks.length > 0
              ? [{ guard: { type: 'refused' as const, params: { question: q.id } }, actions: { type: 'refuse' as const, params: { question: q.id } } }]
              : []),
            ...q.next.map((rule, index) => ({
              target: stateKeyOf(rule.to),
              guard: { type: 'ruleMatches' as const, params: { question: q.id, rule: index } },
              actions: { type: 'record' as const, params: { question: q.id, rule: index } },
            })),
          ],
        },
      },
    ]),
  );
  const outcomeStates = Object.fromEntries(
    guide.outcomes.map((o) => [outcomeStateKey(o.id), { type: 'final' as const, tags: ['outcome'], meta: { outcome: o.id } }]),
  );

  return machineSetup.createMachine({
    id: guide.id,
    context: { ...emptyContext(), ...initial },
    initial: 'guide',
    states: {
      guide: {
        initial: guide.start,
        on: {
          BACK: guide.questions.map((q) => ({
            target: `.${q.id}`,
            guard: { type: 'previousIs' as const, params: { question: q.id } },
            actions: { type: 'pop' as const },
          })),
          RESTART: { target: `.${guide.start}`, actions: { type: 'reset' as const } },
        },
        states: { ...questionStates, ...outcomeStates },
      },
    },
  });
}

export type GuideMachine = ReturnType<typeof compileGuide>;

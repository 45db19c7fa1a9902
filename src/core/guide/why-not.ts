import { answerClass, fillTemplate, questionById } from './answers';
import { whatWouldLeadTo } from './counterfactual';
import type { Step } from './decide';
import { decide } from './decide';
import { enumeratePaths, routingQuestions, sampleAnswers, type GuidePath } from './enumerate';
import type { AnswerValue, Answers, Guide, Outcome, Question } from './schema';
import { whyNotExplanation } from './why-not-entry';
import { describeClasses, joinAnd, quoteAnswer } from './why-not-words';

/*
 * Why not each other outcome, computed from the guide's rules for the user's own answers:
 * the answer after which the alternative could no longer be reached, and the smallest change
 * (whatWouldLeadTo) that makes it the recommendation. The guide's hand-written text only
 * explains why that answer matters; it never lists reasons that may not apply.
 */

/** The answer that ruled an alternative out: where on the path it stopped being reachable. */
export type RuledOut = {
  question: string;
  /** the step's index on the path */
  index: number;
  /** answer classes of that question that would have kept the alternative in reach, given the earlier answers */
  needs: Set<string>;
};

/** An answer as given, quoted for a sentence. */
export type QuotedAnswer = { question: string; prompt: string; value: AnswerValue; answer: string };

/** One answer to set: `given` is absent when the question was not answered before (the new path asks it). */
export type WhyNotChange = {
  question: string;
  prompt: string;
  from?: AnswerValue;
  given?: string;
  to: AnswerValue;
  /** what this question must be, e.g. “Yes, we can run instances” or "at most 15 minutes" */
  needs: string;
};

export type WhyNotLine = {
  outcome: string;
  title: string;
  ruledOutBy: QuotedAnswer & { needs: string };
  /** the guide's own text on why that answer matters, filled with the answers; '' when it has none */
  explanation: string;
  /** the changes worth saying: every changed answer, and new answers that must take a particular value */
  changes: WhyNotChange[];
  /** the answers that lead to this outcome (the smallest change applied), to open as a what-if; absent when none does */
  answers?: Answers;
  /** the line's two computed sentences: which answer ruled it out, and the change that brings it back ('' when none does) */
  sentences: { ruled: string; change: string };
  /** the whole line as one paragraph (ruled, explanation, change), for text exports */
  text: string;
};

type Decided = { outcome: string; answers: Answers; path: Step[] };

const pathCache = new WeakMap<Guide, GuidePath[]>();
/** Every path of the guide (over answer classes), computed once per guide object. */
export function guidePaths(guide: Guide): GuidePath[] {
  let paths = pathCache.get(guide);
  if (!paths) pathCache.set(guide, (paths = enumeratePaths(guide).paths));
  return paths;
}

/**
 * The first answer on the path after which `alternative` could no longer be reached, with the
 * later answers free. A path that agrees (class by class, on the questions rules read) with the
 * user's first k answers asks the same first k questions, so this is the longest agreement
 * with any path to the alternative. Undefined when the alternative is the outcome or unreachable.
 */
export function ruledOutAt(guide: Guide, decided: Decided, alternative: string, paths = guidePaths(guide)): RuledOut | undefined {
  if (decided.outcome === alternative) return undefined;
  const routing = routingQuestions(guide);
  const same = (question: string, a: AnswerValue | undefined, b: AnswerValue | undefined) => {
    if (!routing.has(question)) return true;
    const q = questionById(guide, question);
    return !!q && a !== undefined && b !== undefined && answerClass(q, a) === answerClass(q, b);
  };
  const steps = decided.path;
  let best = -1;
  const needs = new Set<string>();
  for (const p of paths) {
    if (p.outcome !== alternative) continue;
    let k = 0;
    while (k < steps.length && p.steps[k]?.question === steps[k]!.question && same(steps[k]!.question, decided.answers[steps[k]!.question], p.answers[steps[k]!.question])) k++;
    if (k >= steps.length || k < best) continue;
    if (k > best) needs.clear();
    best = k;
    const question = questionById(guide, steps[k]!.question);
    const value = p.answers[steps[k]!.question];
    if (question && value !== undefined) needs.add(answerClass(question, value));
  }
  return best < 0 ? undefined : { question: steps[best]!.question, index: best, needs };
}

/**
 * Whether `answers` lead to `target` whatever the user answers to any question the path still
 * asks: a stated change must hold for every answer not stated.
 */
function alwaysReaches(guide: Guide, answers: Answers, target: string, depth = 0): boolean {
  const d = decide(guide, answers);
  if (d.status === 'outcome') return d.outcome === target;
  if (d.status === 'error' || depth > guide.questions.length) return false;
  const q = questionById(guide, d.question)!;
  return sampleAnswers(q).every((s) => alwaysReaches(guide, { ...answers, [q.id]: s.value }, target, depth + 1));
}

/** Classes of `question` that, with the other answers as they are, lead to `target` whatever else is answered. */
function classesReaching(guide: Guide, answers: Answers, question: string, target: string): Set<string> {
  const q = questionById(guide, question)!;
  return new Set(sampleAnswers(q).filter((s) => alwaysReaches(guide, { ...answers, [question]: s.value }, target)).map((s) => s.cls));
}

/**
 * The new questions that can be left to the user: taken in order, one joins when, with it and
 * those already left free unanswered (the rest of `answers` fixed), every way of answering what
 * the path then asks reaches the target. So the stated changes plus any other answers do.
 */
function freeQuestions(guide: Guide, answers: Answers, added: string[], target: string): Set<string> {
  const free: string[] = [];
  const unstated = (ids: string[]) => Object.fromEntries(Object.entries(answers).filter(([q]) => !ids.includes(q)));
  for (const id of added) if (alwaysReaches(guide, unstated([...free, id]), target)) free.push(id);
  return new Set(free);
}

function quote(guide: Guide, question: string, value: AnswerValue): QuotedAnswer {
  const q = questionById(guide, question)!;
  return { question, prompt: q.prompt, value, answer: quoteAnswer(q, value) };
}

/**
 * The change as a sentence; the line's title already names the alternative, so "It would be…".
 * A number reads as "an answer of at most 1 account", not "with at most 1 account", which
 * sounds like the alternative comes with one account.
 */
function changeSentence(ruled: Question, changes: WhyNotChange[]): string {
  if (changes.length === 0) return '';
  const [only] = changes;
  if (changes.length === 1 && only!.question === ruled.id && only!.given !== undefined) {
    const needs = ruled.kind === 'number' ? `an answer of ${only!.needs}` : only!.needs;
    return `It would be recommended with ${needs} instead of ${only!.given}.`;
  }
  const clause = (c: WhyNotChange) => `${c.needs} for “${c.prompt}”${c.given !== undefined ? ` (not ${c.given})` : ''}`;
  const changed = changes.filter((c) => c.given !== undefined).map(clause);
  const added = changes.filter((c) => c.given === undefined).map(clause);
  const then = added.length ? `${changed.length ? ', then ' : ''}${joinAnd(added)}` : '';
  return `It would be recommended with ${joinAnd(changed)}${then}.`;
}

/** The computed why-not of one alternative for a finished decision. */
export function whyNotLine(guide: Guide, decided: Decided, alternative: Outcome, paths = guidePaths(guide)): WhyNotLine {
  const chosen = guide.outcomes.find((o) => o.id === decided.outcome);
  const ruled = ruledOutAt(guide, decided, alternative.id, paths);
  // A guide that lints clean always has one; stay readable if it does not.
  const at = ruled?.question ?? decided.path[0]?.question ?? guide.start;
  const atQuestion = questionById(guide, at)!;
  const given = decided.answers[at];
  const needs = ruled ? describeClasses(atQuestion, ruled.needs) : '';
  const ruledOutBy = { ...quote(guide, at, given ?? ''), needs };
  const explanation = fillTemplate(guide, chosen ? whyNotExplanation(chosen, alternative.id, at) : '', decided.answers);

  const found = whatWouldLeadTo(guide, decided.answers, alternative.id);
  const free = found.ok ? freeQuestions(guide, found.answers, found.changes.filter((c) => c.from === undefined).map((c) => c.question), alternative.id) : new Set<string>();
  const changes: WhyNotChange[] = found.ok
    ? found.changes.flatMap((c) => {
        // A newly asked question any answer to which leads there matters to nobody: leave it out.
        if (free.has(c.question)) return [];
        const q = questionById(guide, c.question)!;
        return [{
          question: c.question,
          prompt: q.prompt,
          ...(c.from !== undefined ? { from: c.from, given: quoteAnswer(q, c.from) } : {}),
          to: c.to,
          needs: describeClasses(q, classesReaching(guide, found.answers, c.question, alternative.id)),
        }];
      })
    : [];

  // A number is quoted after the question ("… cover?” (12 accounts)"): "your answer 12 accounts to" reads oddly.
  const ruledSentence = atQuestion.kind === 'number'
    ? `Ruled out by your answer to “${atQuestion.prompt}” (${ruledOutBy.answer})${needs ? `: ${alternative.title} needs an answer of ${needs}` : ''}.`
    : `Ruled out by your answer ${ruledOutBy.answer} to “${atQuestion.prompt}”.`;
  const sentences = {
    ruled: ruledSentence,
    change: found.ok ? changeSentence(atQuestion, changes) : 'No answers in this guide lead to it.',
  };
  return {
    outcome: alternative.id,
    title: alternative.title,
    ruledOutBy,
    explanation,
    changes,
    ...(found.ok ? { answers: found.answers } : {}),
    sentences,
    text: [sentences.ruled, explanation, sentences.change].filter(Boolean).join(' '),
  };
}

/** Why not each other outcome of the guide, in the guide's order. */
export function whyNotLines(guide: Guide, decided: Decided): WhyNotLine[] {
  const paths = guidePaths(guide);
  return guide.outcomes.filter((o) => o.id !== decided.outcome).map((o) => whyNotLine(guide, decided, o, paths));
}

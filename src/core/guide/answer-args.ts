import { checkAnswer, formatNumber, questionById } from './answers';
import { decide, type Decision } from './decide';
import { didYouMean } from './did-you-mean';
import { successors } from './graph';
import type { AnswerValue, Answers, Guide, Question } from './schema';

/**
 * Answers typed as `question=value` pairs (the CLI's --answer, a URL, a script), checked
 * against a guide. Every failure is one sentence that names the offending item and what
 * would have been accepted, so a caller can print it as is.
 */
export type AnswerArgs =
  | { ok: true; answers: Answers; decision: Exclude<Decision, { status: 'error' }>; ignored?: string[] }
  | { ok: false; message: string };

/** What a question accepts, in words: "one of: a, b" or "a whole number from 0 to 10 msg/s". */
export function allowedValues(question: Question): string {
  if (question.kind === 'choice') return `one of: ${question.choices.map((c) => c.value).join(', ')}`;
  const kind = question.integer ? 'a whole number' : 'a number';
  return `${kind} from ${formatNumber(question.min)} to ${formatNumber(question.max)} ${question.unit}`;
}

/**
 * Read a number as people type it: "3000", "3,000" (thousands groups), "3_000", "0.5",
 * ".5", "1e6". Anything else (hex, "1,2", "12abc", "") is not a number.
 */
export function parseNumberText(raw: string): number | undefined {
  const text = raw.trim();
  let plain: string | undefined;
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) plain = text.replace(/,/g, '');
  else if (/^[+-]?\d+(_\d+)+(\.\d+)?$/.test(text)) plain = text.replace(/_/g, '');
  else if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) plain = text;
  if (plain === undefined) return undefined;
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}

/** One raw value for one question, with the question named in any message. */
export function parseAnswerValue(question: Question, raw: string): { ok: true; value: AnswerValue } | { ok: false; message: string } {
  if (question.kind === 'choice') {
    const checked = checkAnswer(question, raw);
    return checked.ok ? checked : { ok: false, message: checked.message };
  }
  const number = parseNumberText(raw);
  const expected = `enter ${allowedValues(question)}`;
  const fail = (message: string) => ({ ok: false as const, message });
  if (number === undefined) return fail(`"${raw.trim()}" is not a number for ${question.id}; ${expected}`);
  if (question.integer && !Number.isInteger(number)) return fail(`${raw.trim()} is not a whole number for ${question.id}; ${expected}`);
  if (number < question.min || number > question.max) return fail(`${formatNumber(number)} is out of range for ${question.id}; ${expected}`);
  const checked = checkAnswer(question, number);
  return checked.ok ? checked : fail(`${question.id}: ${checked.message}`);
}

const questionList = (guide: Guide): string => guide.questions.map((q) => q.id).join(', ');

/** Question ids reachable from a question (itself included), ignoring conditions. */
function reachableFrom(guide: Guide, start: string): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...successors(guide, id));
  }
  return seen;
}

function describePath(decision: Exclude<Decision, { status: 'error' }>): string {
  const steps = decision.path.map((s) => `${s.question}=${String(decision.answers[s.question])}`);
  const end = decision.status === 'outcome' ? `outcome ${decision.outcome}` : `${decision.question} next`;
  return steps.length > 0 ? `${steps.join(', ')} → ${end}` : end;
}

/**
 * Parse `question=value` pairs, check each value against its question, then walk the guide:
 * an answer to a question that these answers never reach is an error (it would be silently
 * ignored otherwise), or with `dropUnasked` left out and listed in `ignored` (an answers
 * file kept for several paths). On success the decision is an outcome or the next pending question.
 */
export function parseAnswerArgs(guide: Guide, pairs: readonly string[], options: { dropUnasked?: boolean } = {}): AnswerArgs {
  const answers: Answers = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? '' : pair.slice(0, eq).trim();
    if (!key) {
      return { ok: false, message: `"${pair}" is not <question>=<value>; questions of ${guide.id}: ${questionList(guide)}` };
    }
    const question = questionById(guide, key);
    if (!question) {
      return { ok: false, message: `unknown question "${key}" in guide ${guide.id}${didYouMean(key, guide.questions.map((q) => q.id))}; questions: ${questionList(guide)}` };
    }
    const raw = pair.slice(eq + 1);
    if (answers[key] !== undefined) {
      return { ok: false, message: `${key} is answered twice ("${String(answers[key])}" and "${raw.trim()}")` };
    }
    const parsed = parseAnswerValue(question, raw);
    if (!parsed.ok) return parsed;
    answers[key] = parsed.value;
  }

  const decision = decide(guide, answers);
  if (decision.status === 'error') return { ok: false, message: decision.message };
  const onPath = new Set(decision.path.map((s) => s.question));
  const stillAskable = decision.status === 'pending' ? reachableFrom(guide, decision.question) : new Set<string>();
  const stray = Object.keys(answers).filter((id) => !onPath.has(id) && !stillAskable.has(id));
  if (stray.length > 0 && options.dropUnasked) {
    const kept = Object.fromEntries(Object.entries(answers).filter(([id]) => !stray.includes(id)));
    const again = decide(guide, kept);
    if (again.status === 'error') return { ok: false, message: again.message };
    return { ok: true, answers: kept, decision: again, ignored: stray };
  }
  if (stray.length > 0) {
    const asked = [...onPath, ...(decision.status === 'pending' ? [decision.question] : [])];
    return {
      ok: false,
      message: `${stray.join(', ')} ${stray.length === 1 ? 'is' : 'are'} not asked on this path (${describePath(decision)}); questions on it: ${asked.join(', ') || '(none)'}`,
    };
  }
  return { ok: true, answers, decision };
}

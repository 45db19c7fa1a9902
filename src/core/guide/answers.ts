import type { AnswerValue, Answers, Guide, NumberQuestion, Question } from './schema';

/** The band a number falls into: bands are cut points, so exactly one matches. */
export function bandOf(question: NumberQuestion, value: number): string {
  for (const band of question.bands) {
    if (band.below === undefined || value < band.below) return band.id;
  }
  return question.bands[question.bands.length - 1]!.id;
}

/** What conditions compare for a question: the choice value, or the band of the number. */
export function answerClass(question: Question, value: AnswerValue): string {
  return question.kind === 'number' ? bandOf(question, Number(value)) : String(value);
}

export type AnswerCheck = { ok: true; value: AnswerValue } | { ok: false; message: string };

const fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
export const formatNumber = (n: number): string => fmt.format(n);

/** Whether `value` has at most `decimals` decimal places (within floating-point noise). */
export const hasDecimals = (value: number, decimals: number): boolean => {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
};

/** The smallest step between two answers: 1 for whole numbers, 10^-decimals, else 0 (any real). */
export const answerStep = (question: { integer: boolean; decimals?: number }): number =>
  question.integer ? 1 : question.decimals !== undefined ? 10 ** -question.decimals : 0;

/**
 * Validate raw input for a question. Messages name the problem and the allowed values so
 * the wizard, the CLI and imports all say the same thing.
 */
export function checkAnswer(question: Question, raw: unknown): AnswerCheck {
  if (question.kind === 'choice') {
    const value = String(raw ?? '').trim();
    if (question.choices.some((c) => c.value === value)) return { ok: true, value };
    const allowed = question.choices.map((c) => c.value).join(', ');
    return { ok: false, message: `"${value}" is not an answer to ${question.id}; choose one of: ${allowed}` };
  }
  const text = typeof raw === 'number' ? String(raw) : String(raw ?? '').trim().replace(/[,_\s]/g, '');
  const range = `${formatNumber(question.min)} to ${formatNumber(question.max)} ${question.unit}`;
  if (text === '') return { ok: false, message: `Enter a number from ${range}.` };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, message: `"${String(raw)}" is not a number; enter a number from ${range}.` };
  if (question.integer && !Number.isInteger(value)) {
    return { ok: false, message: `Enter a whole number from ${range}.` };
  }
  if (!question.integer && question.decimals !== undefined && !hasDecimals(value, question.decimals)) {
    return { ok: false, message: `Enter a number with at most ${question.decimals} decimal place${question.decimals === 1 ? '' : 's'} from ${range}.` };
  }
  if (value < question.min || value > question.max) {
    return { ok: false, message: `${formatNumber(value)} is outside the range ${range}.` };
  }
  return { ok: true, value };
}

/**
 * "1 Regions" reads as a bug: a plural word unit loses its s for exactly one. Rates and
 * symbols (msg/s, Gbps, %, USD/month) are left alone.
 */
export function unitFor(value: number, unit: string): string {
  if (value !== 1 || !/^[A-Za-z]+s$/.test(unit) || /ps$/.test(unit)) return unit;
  return unit.slice(0, -1);
}

/** The answer as a person reads it: the choice label, or the number with its unit. */
export function formatAnswer(question: Question, value: AnswerValue): string {
  if (question.kind === 'choice') {
    return question.choices.find((c) => c.value === value)?.label ?? String(value);
  }
  const n = Number(value);
  return `${formatNumber(n)} ${unitFor(n, question.unit)}`;
}

export function questionById(guide: Guide, id: string): Question | undefined {
  return guide.questions.find((q) => q.id === id);
}

/**
 * Where a {questionId} stands in a text: `echo` right after an opening quote or bracket
 * (“{term}”, ({term}): the answer as the user saw it), `start` at the start of the text or
 * of a sentence or clause after . ! ? or :, else `mid`, inside a running sentence, where a
 * label written to stand alone ("One year") reads wrongly ("on a One year term").
 */
export function answerPosition(template: string, index: number): 'echo' | 'start' | 'mid' {
  const before = template.slice(0, index);
  if (/[“"‘'(\[]$/.test(before)) return 'echo';
  return /(^|[.!?:])\s*$/.test(before) ? 'start' : 'mid';
}

/** A choice answer as it reads mid-sentence: its `phrase`, else its label. */
export function phraseOf(question: Question, value: AnswerValue): string {
  if (question.kind !== 'choice') return formatAnswer(question, value);
  const choice = question.choices.find((c) => c.value === value);
  return choice?.phrase ?? choice?.label ?? String(value);
}

/**
 * Replace {questionId} with the formatted answer (a choice's `phrase` where the reference
 * stands mid-sentence, see answerPosition); unknown or unanswered ids stay visible.
 */
export function fillTemplate(guide: Guide, template: string, answers: Answers): string {
  return template.replace(/\{([a-zA-Z][A-Za-z0-9]*)\}/g, (whole, id: string, index: number) => {
    const question = questionById(guide, id);
    if (!question || answers[id] === undefined) return whole;
    return answerPosition(template, index) === 'mid' ? phraseOf(question, answers[id]!) : formatAnswer(question, answers[id]!);
  });
}

export function templateRefs(template: string): string[] {
  return [...template.matchAll(/\{([a-zA-Z][A-Za-z0-9]*)\}/g)].map((m) => m[1]!);
}

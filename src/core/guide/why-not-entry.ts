import type { Outcome, WhyNotText } from './schema';

/**
 * Which of an outcome's hand-written why-not texts explains a given ruling answer: the text
 * for that question, else the entry's default, else a plain text (one for every answer).
 * `source` says which, so the linter can tell a question's own text from a fallback.
 */
export function whyNotTextFor(entry: WhyNotText | undefined, question: string): { text: string; source: 'question' | 'default' | 'plain' } | undefined {
  if (entry === undefined) return undefined;
  if (typeof entry === 'string') return { text: entry, source: 'plain' };
  const own = entry.byQuestion[question];
  if (own !== undefined) return { text: own, source: 'question' };
  return entry.default !== undefined ? { text: entry.default, source: 'default' } : undefined;
}

/** The explanation shown when `question` ruled `alternative` out of `outcome`'s path; '' when there is none. */
export function whyNotExplanation(outcome: Outcome, alternative: string, question: string): string {
  return whyNotTextFor(outcome.whyNot[alternative], question)?.text ?? '';
}

/** Every text of an entry with where it sits in the file, for template checks. */
export function whyNotTexts(entry: WhyNotText): { text: string; path: string; question?: string }[] {
  if (typeof entry === 'string') return [{ text: entry, path: '' }];
  return [
    ...Object.entries(entry.byQuestion).map(([question, text]) => ({ text, path: `.byQuestion.${question}`, question })),
    ...(entry.default !== undefined ? [{ text: entry.default, path: '.default' }] : []),
  ];
}

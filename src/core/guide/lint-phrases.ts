import { answerPosition } from './answers';
import type { Problem } from './problems';
import type { ChoiceQuestion, Guide } from './schema';

const REF = /\{([a-zA-Z][A-Za-z0-9]*)\}/g;
/**
 * A label that reads capitalised mid-sentence: it starts with an article ("An Application
 * Load Balancer") or a capitalised word ("One year", "About once a month"), and is not an
 * acronym ("AWS", "EC2 instances") nor a name of two or more capitalised words ("Google Cloud").
 */
const readsCapitalised = (label: string): boolean =>
  /^(A|An|The)\s/.test(label) || (/^[A-Z][a-z]/.test(label) && !/^[A-Z][\w-]*(\s+[A-Z0-9][\w-]*)+$/.test(label));

/** Every string under a value with its JSON path; artefacts (snippets are filled with raw answer values) are left to the caller. */
function strings(value: unknown, path: string, into: { path: string; text: string }[] = []): { path: string; text: string }[] {
  if (typeof value === 'string') into.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k !== 'artefacts') strings(v, `${path}.${k}`, into);
  }
  return into;
}

/**
 * Answers pasted into sentences must read as part of them. A choice cited as {questionId}
 * mid-sentence (not in quotes or brackets, not starting a sentence) shows its `phrase`, else
 * its label; a label starting with a capitalised word reads wrongly there ("read About once
 * a month", "on a One year term"), so such a choice needs a `phrase` (which may keep a proper
 * noun: "Google Cloud").
 */
export function lintPhrases(guide: Guide, file: string): Problem[] {
  const problems: Problem[] = [];
  const choices = new Map(guide.questions.filter((q): q is ChoiceQuestion => q.kind === 'choice').map((q) => [q.id, q]));
  const texts = [
    ...guide.outcomes.flatMap((o, oi) => strings(o, `outcomes[${oi}]`)),
    ...guide.outcomes.flatMap((o, oi) => o.artefacts.map((a, ai) => ({ path: `outcomes[${oi}].artefacts[${ai}].description`, text: a.description }))),
    ...guide.questions.flatMap((q, qi) => q.checks.map((c, ci) => ({ path: `questions[${qi}].checks[${ci}].message`, text: c.message }))),
  ];
  for (const { path, text } of texts) {
    for (const match of text.matchAll(REF)) {
      const question = choices.get(match[1]!);
      if (!question || answerPosition(text, match.index) !== 'mid') continue;
      const wrong = question.choices.filter((c) => c.phrase === undefined && readsCapitalised(c.label));
      if (wrong.length === 0) continue;
      const shown = wrong.map((c) => `“${c.label}”`).join(', ');
      problems.push({
        file, path,
        message: `{${question.id}} stands mid-sentence, where ${shown} would read capitalised (“…${text.slice(Math.max(0, match.index - 20), match.index)}${wrong[0]!.label}…”); give ${wrong.length === 1 ? 'that choice' : 'those choices'} a "phrase" as it reads in a sentence, or quote the answer`,
      });
    }
  }
  return problems;
}

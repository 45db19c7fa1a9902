import type { DataFile } from '../data/data-file';
import { fromZod, parseJsonText } from '../guide/parse';
import type { Problem } from '../guide/problems';
import { SEED_SECTION_IDS, type SeedSectionId } from '../guide/sections';
import { duplicateIds } from './lint';
import { lintQuestion, sectionCountProblems, type LinkTargets } from './question-lint';
import { questionFileSchema, type InterviewQuestion } from './question-schema';

/** The interview questions that passed validation, in seed order, and what was set aside (and why). */
export type QuestionBank = {
  questions: InterviewQuestion[];
  problems: Problem[];
};

const baseName = (file: string) => file.replace(/\.json$/, '');
const sectionOrder = (id: string) => SEED_SECTION_IDS.indexOf(id as SeedSectionId);

/**
 * Parse and lint decision-trees/questions/*.json. A file that fails the schema is set aside
 * whole; a link to a guide, scenario or flashcard that does not exist is reported and
 * dropped, but the question stays: its key points are still worth practising, and the
 * lint test keeps the committed bank free of such problems.
 */
export function loadQuestionBank(files: readonly DataFile[], targets: LinkTargets): QuestionBank {
  const problems: Problem[] = [];
  const questions: InterviewQuestion[] = [];
  const ids: { id: string; file: string; at: string }[] = [];

  const sorted = [...files].sort((a, b) => sectionOrder(baseName(a.name)) - sectionOrder(baseName(b.name)));
  for (const file of sorted) {
    const json = parseJsonText(file.name, file.text);
    const parsed = json.ok ? fromZod(file.name, questionFileSchema.safeParse(json.value)) : json;
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    if (parsed.value.section !== baseName(file.name)) {
      problems.push({ file: file.name, path: 'section', message: `the file for section "${parsed.value.section}" must be named ${parsed.value.section}.json` });
    }
    parsed.value.questions.forEach((question, i) => {
      const at = `questions[${i}]`;
      ids.push({ id: question.id, file: file.name, at });
      if (question.section !== parsed.value.section) {
        problems.push({ file: file.name, path: `${at}.section`, message: `is "${question.section}" but the file holds section "${parsed.value.section}"` });
      }
      const { problems: found, question: cleaned } = lintQuestion(question, targets, file.name, at);
      problems.push(...found);
      questions.push(cleaned);
    });
  }
  problems.push(...duplicateIds(ids));
  const seen = new Set<string>();
  const unique = questions.filter((q) => !seen.has(q.id) && seen.add(q.id));
  return { questions: unique, problems };
}

/** The seed's per-section counts against the bank's, as problems (empty when they match). */
export function bankCountProblems(bank: Pick<QuestionBank, 'questions'>): Problem[] {
  return sectionCountProblems(bank.questions);
}

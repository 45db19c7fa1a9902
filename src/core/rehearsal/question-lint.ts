import type { Problem } from '../guide/problems';
import { SEED_SECTION_IDS, SEED_SECTIONS } from '../guide/sections';
import { SEED_QUESTION_COUNTS, type InterviewQuestion, type QuestionLinks } from './question-schema';

/** The ids a question may link to: the loaded guides, scenarios and flashcards. */
export type LinkTargets = {
  guides: ReadonlySet<string>;
  scenarios: ReadonlySet<string>;
  flashcards: ReadonlySet<string>;
};

const KINDS = ['guides', 'scenarios', 'flashcards'] as const;
const NOUN: Record<(typeof KINDS)[number], string> = { guides: 'guide', scenarios: 'scenario', flashcards: 'flashcard' };

/**
 * Everything wrong with a schema-valid question beyond its shape: repeated key-point ids or
 * follow-ups, and links that resolve to nothing. Returns the question with unresolved links
 * removed, so the app never offers a guide it cannot open.
 */
export function lintQuestion(
  question: InterviewQuestion,
  targets: LinkTargets,
  file: string,
  at: string,
): { problems: Problem[]; question: InterviewQuestion } {
  const problems: Problem[] = [];
  const report = (path: string, message: string) => problems.push({ file, path: `${at}${path}`, message });

  const pointIds = new Set<string>();
  question.keyPoints.forEach((point, i) => {
    if (pointIds.has(point.id)) report(`.keyPoints[${i}].id`, `key point id "${point.id}" is used twice in this question`);
    pointIds.add(point.id);
    if (point.point.trim().toLowerCase() === point.why.trim().toLowerCase()) report(`.keyPoints[${i}].why`, 'repeats the point instead of explaining it');
  });
  const followUps = new Set<string>();
  question.followUps.forEach((f, i) => {
    if (followUps.has(f)) report(`.followUps[${i}]`, 'repeats another follow-up');
    followUps.add(f);
  });

  const links: QuestionLinks = {};
  for (const kind of KINDS) {
    const list = question.links[kind];
    if (!list) continue;
    const kept: string[] = [];
    list.forEach((id, i) => {
      if (!targets[kind].has(id)) report(`.links.${kind}[${i}]`, `no ${NOUN[kind]} "${id}"`);
      else if (kept.includes(id)) report(`.links.${kind}[${i}]`, `links ${NOUN[kind]} "${id}" twice`);
      else kept.push(id);
    });
    if (kept.length > 0) links[kind] = kept;
  }
  return { problems, question: { ...question, links } };
}

/** A problem for every section whose question count differs from the seed's header. */
export function sectionCountProblems(questions: readonly Pick<InterviewQuestion, 'section'>[]): Problem[] {
  return SEED_SECTION_IDS.flatMap((section) => {
    const found = questions.filter((q) => q.section === section).length;
    const expected = SEED_QUESTION_COUNTS[section];
    return found === expected
      ? []
      : [{ file: `${section}.json`, path: 'questions', message: `${SEED_SECTIONS[section]} has ${found} questions; the seed has ${expected}` }];
  });
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/guide/problems';
import { SEED_SECTION_IDS } from '../../src/core/guide/sections';
import { loadLibrary } from '../../src/core/library';
import { loadRehearsalBank } from '../../src/core/rehearsal/bank';
import { bankCountProblems, loadQuestionBank } from '../../src/core/rehearsal/question-bank';
import { hintKeyPoints } from '../../src/core/rehearsal/question-check';
import { questionJsonSchema } from '../../src/core/rehearsal/question-json-schema';
import { MAX_KEY_POINTS, MIN_KEY_POINTS, SEED_QUESTION_COUNTS } from '../../src/core/rehearsal/question-schema';
import { readJsonFiles, readTrees, TREES_DIR } from '../../src/node/read-trees';

const library = loadLibrary(readTrees());
const rehearsal = loadRehearsalBank(
  { scenarios: readJsonFiles(join(TREES_DIR, 'scenarios')), flashcards: readJsonFiles(join(TREES_DIR, 'flashcards')) },
  library.guides,
);
const targets = {
  guides: new Set(library.guides.map((g) => g.id)),
  scenarios: new Set(rehearsal.scenarios.map((s) => s.id)),
  flashcards: new Set(rehearsal.cards.map((c) => c.id)),
};
const files = readJsonFiles(join(TREES_DIR, 'questions'));
const bank = loadQuestionBank(files, targets);

describe('the interview-question bank', () => {
  it('parses and lints clean: every link resolves, ids are unique', () => {
    expect(bank.problems.map(formatProblem)).toEqual([]);
    const ids = bank.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds the seed’s 70 questions with its per-section counts (8, 8, 8, 8, 7, 6, 6, 6, 6, 7)', () => {
    expect(bankCountProblems(bank).map(formatProblem)).toEqual([]);
    expect(SEED_SECTION_IDS.map((s) => bank.questions.filter((q) => q.section === s).length)).toEqual([8, 8, 8, 8, 7, 6, 6, 6, 6, 7]);
    expect(bank.questions).toHaveLength(70);
  });

  it('has one file per seed section, named after it', () => {
    expect(files.map((f) => f.name).sort()).toEqual(SEED_SECTION_IDS.map((s) => `${s}.json`).sort());
  });

  it.each(bank.questions.map((q) => [q.id, q] as const))('%s has 6–12 key points, each with an explanation and keywords', (_id, q) => {
    expect(q.keyPoints.length).toBeGreaterThanOrEqual(MIN_KEY_POINTS);
    expect(q.keyPoints.length).toBeLessThanOrEqual(MAX_KEY_POINTS);
    for (const p of q.keyPoints) {
      expect(p.why.length, p.id).toBeGreaterThan(10);
      expect(p.keywords.length, p.id).toBeGreaterThan(0);
    }
    expect(new Set(q.keyPoints.map((p) => p.id)).size).toBe(q.keyPoints.length);
    expect(q.followUps.length).toBeGreaterThanOrEqual(1);
  });

  it('has hint keywords that recognise each key point when it is said in the bank’s own words', () => {
    const deaf = bank.questions.flatMap((q) =>
      q.keyPoints.filter((p) => !hintKeyPoints(q, `${p.point} ${p.why}`).includes(p.id)).map((p) => `${q.id}/${p.id}`),
    );
    expect(deaf).toEqual([]);
  });

  it('sends most questions to a guide that decides them (“walk it in the guide”)', () => {
    expect(bank.questions.filter((q) => q.links.guides?.length).length).toBeGreaterThanOrEqual(40);
  });

  it('reports a broken link, a miscount and a duplicate id with the file and path', () => {
    const broken = JSON.parse(files.find((f) => f.name === 'ha-dr.json')!.text) as { questions: { id: string; links: Record<string, string[]> }[] };
    broken.questions[0]!.links.guides = ['no-such-guide'];
    broken.questions[1]!.id = broken.questions[2]!.id;
    broken.questions.pop();
    const found = loadQuestionBank([{ name: 'ha-dr.json', text: JSON.stringify(broken) }], targets);
    const messages = found.problems.map(formatProblem);
    expect(messages).toContain('ha-dr.json: questions[0].links.guides[0]: no guide "no-such-guide"');
    expect(messages.some((m) => m.startsWith('ha-dr.json: questions[2].id: id "q-dr-multi-region-failover" is already used'))).toBe(true);
    expect(found.questions[0]!.links.guides).toBeUndefined();
    // One question removed, one set aside as a duplicate: 4 of the seed's 6 remain.
    expect(bankCountProblems(found).map(formatProblem)).toContain('ha-dr.json: questions: HA & Disaster Recovery has 4 questions; the seed has 6');
    expect(SEED_QUESTION_COUNTS['ha-dr']).toBe(6);
  });

  it('refuses a question with too few key points', () => {
    const file = JSON.parse(files.find((f) => f.name === 'observability.json')!.text) as { questions: { keyPoints: unknown[] }[] };
    file.questions[0]!.keyPoints = file.questions[0]!.keyPoints.slice(0, 5);
    const found = loadQuestionBank([{ name: 'observability.json', text: JSON.stringify(file) }], targets);
    expect(found.questions).toHaveLength(0);
    expect(found.problems[0]!.path).toBe('questions[0].keyPoints');
  });

  it('decision-trees/questions/schema.json matches the zod schema (run `npm run schema` if not)', () => {
    expect(readFileSync(join(TREES_DIR, 'questions', 'schema.json'), 'utf8')).toBe(questionJsonSchema());
  });
});

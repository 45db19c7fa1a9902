import { describe, expect, it } from 'vitest';
import { drawInterview, followUpFor, interviewAttempts, summariseInterview, type InterviewAnswer } from '../../src/core/rehearsal/interview';
import { interviewMarkdown } from '../../src/core/rehearsal/interview-markdown';
import { emptyProgress, type RehearsalProgress } from '../../src/core/rehearsal/progress';
import type { QuestionAttempt } from '../../src/core/rehearsal/question-attempt';
import { hintKeyPoints, ratingForCoverage, scoreCoverage } from '../../src/core/rehearsal/question-check';
import { questionQueue, questionStats, recordQuestionAttempt } from '../../src/core/rehearsal/question-progress';
import type { InterviewQuestion } from '../../src/core/rehearsal/question-schema';

const point = (id: string, keywords: string[]) => ({ id, point: `Point ${id}.`, why: `Why ${id} matters.`, keywords });
const question = (id: string, section: InterviewQuestion['section'], n = 6): InterviewQuestion => ({
  id,
  section,
  prompt: `Question ${id}?`,
  keyPoints: Array.from({ length: n }, (_, i) => point(`p${i}`, [`kw${i}`])),
  followUps: [`Follow-up A for ${id}?`, `Follow-up B for ${id}?`],
  links: {},
});

const dr: InterviewQuestion = {
  ...question('q-dr', 'ha-dr'),
  keyPoints: [
    point('warm', ['warm standby']),
    point('replication', ['replication', 'aurora global']),
    point('encrypt', ['encrypt']),
    point('rto', ['rto']),
    point('test', ['game day', 'test']),
    point('cost', ['cost']),
  ],
};

const NOW = new Date('2026-11-29T12:00:00Z');
const attempt = (q: InterviewQuestion, covered: number, at = NOW): QuestionAttempt => ({
  question: q.id,
  section: q.section,
  covered: q.keyPoints.slice(0, covered).map((p) => p.id),
  total: q.keyPoints.length,
  answeredBy: 'typed',
  context: 'practice',
  answer: 'My answer.',
  seconds: 95,
  limitSeconds: 300,
  at: at.toISOString(),
});

describe('keyword hint', () => {
  it('marks the points whose keywords the answer uses, as whole words or word starts, in question order', () => {
    const answer = 'I would run a Warm-Standby with Aurora Global replication; data is encrypted. Testing it quarterly.';
    expect(hintKeyPoints(dr, answer)).toEqual(['warm', 'replication', 'encrypt', 'test']);
  });

  it('needs multi-word keywords in sequence and does not match inside other words', () => {
    expect(hintKeyPoints(dr, 'standby that is warm')).toEqual([]);
    expect(hintKeyPoints(dr, 'the protocol')).toEqual([]); // "rto" inside "protocol" is not a mention
    expect(hintKeyPoints(dr, 'RTO of 15 minutes')).toEqual(['rto']);
  });

  it('marks nothing for an empty answer', () => {
    expect(hintKeyPoints(dr, '   ')).toEqual([]);
  });
});

describe('coverage from the candidate’s ticks', () => {
  it('scores the ticked points and lists the missed ones with their explanation', () => {
    const c = scoreCoverage(dr, ['warm', 'rto', 'cost']);
    expect(c.coverage).toBe(0.5);
    expect(c.missed.map((p) => p.id)).toEqual(['replication', 'encrypt', 'test']);
    expect(c.missed[0]!.why).toBe('Why replication matters.');
  });

  it('ignores ticks for points the question does not have', () => {
    expect(scoreCoverage(dr, ['warm', 'nonsense', 'other']).coverage).toBeCloseTo(1 / 6);
  });

  it('rates coverage for the scheduler: weak answers "again", full answers "easy"', () => {
    expect([0, 0.39, 0.4, 0.64, 0.65, 0.89, 0.9, 1].map(ratingForCoverage)).toEqual(['again', 'again', 'hard', 'hard', 'good', 'good', 'easy', 'easy']);
  });
});

describe('question progress and FSRS', () => {
  const strong = question('q-strong', 'ha-dr');
  const weak = question('q-weak', 'ha-dr');

  it('brings a weakly answered question back sooner than a well answered one', () => {
    let p = recordQuestionAttempt(emptyProgress(), attempt(strong, 6));
    p = recordQuestionAttempt(p, attempt(weak, 1));
    const due = (id: string) => Date.parse(p.questions!.cards[id]!.due);
    expect(due('q-weak')).toBeLessThan(due('q-strong'));
    expect(due('q-weak') - NOW.getTime()).toBeLessThan(60 * 60 * 1000);
    expect(due('q-strong') - NOW.getTime()).toBeGreaterThan(24 * 60 * 60 * 1000);
    expect(p.questions!.attempts.map((a) => a.answer)).toEqual(['My answer.', 'My answer.']);
  });

  it('refuses an attempt that ticks more points than the question has', () => {
    expect(() => recordQuestionAttempt(emptyProgress(), { ...attempt(strong, 6), total: 3 })).toThrow(/more key points/);
  });

  it('queues due questions first, then unseen ones round-robin over sections, then the rest', () => {
    const a = question('a', 'iam-identity');
    const b = question('b', 'iam-identity');
    const c = question('c', 'ha-dr');
    const d = question('d', 'ha-dr');
    let p: RehearsalProgress = recordQuestionAttempt(emptyProgress(), attempt(d, 0, new Date(NOW.getTime() - 86_400_000)));
    p = recordQuestionAttempt(p, attempt(b, 6, NOW));
    expect(questionQueue([a, b, c, d], p, NOW).map((q) => q.id)).toEqual(['d', 'a', 'c', 'b']);
  });

  it('reports the latest and best coverage per question and the mean per section', () => {
    let p = recordQuestionAttempt(emptyProgress(), attempt(strong, 3));
    p = recordQuestionAttempt(p, attempt(strong, 6, new Date(NOW.getTime() + 1000)));
    p = recordQuestionAttempt(p, attempt(weak, 0));
    const stats = questionStats([strong, weak, question('q-iam', 'iam-identity')], p, NOW);
    expect(stats.questions.map((s) => [s.id, s.attempts, s.last, s.best])).toEqual([
      ['q-strong', 2, 1, 1],
      ['q-weak', 1, 0, 0],
      ['q-iam', 0, null, null],
    ]);
    expect(stats.questions[1]!.lastMissed).toHaveLength(6);
    const ha = stats.sections.find((s) => s.id === 'ha-dr')!;
    expect(ha).toMatchObject({ questions: 2, practised: 2, coverage: 0.5 });
    expect(stats.sections.find((s) => s.id === 'iam-identity')).toMatchObject({ questions: 1, practised: 0, coverage: null });
  });
});

describe('mock interview', () => {
  const bank = [question('i1', 'iam-identity'), question('i2', 'iam-identity'), question('h1', 'ha-dr'), question('h2', 'ha-dr'), question('n1', 'networking-vpc')];

  it('draws across sections, or from one section only', () => {
    expect(drawInterview(bank, emptyProgress(), NOW, { section: 'all', count: 3 }).map((q) => q.id)).toEqual(['i1', 'n1', 'h1']);
    expect(drawInterview(bank, emptyProgress(), NOW, { section: 'ha-dr', count: 5 }).map((q) => q.id)).toEqual(['h1', 'h2']);
  });

  it('puts a question answered badly yesterday first', () => {
    const p = recordQuestionAttempt(emptyProgress(), attempt(bank[3]!, 1, new Date(NOW.getTime() - 86_400_000)));
    expect(drawInterview(bank, p, NOW, { section: 'all', count: 2 })[0]!.id).toBe('h2');
  });

  it('rotates follow-ups', () => {
    expect(followUpFor(bank[0]!, 0)).toBe('Follow-up A for i1?');
    expect(followUpFor(bank[0]!, 3)).toBe('Follow-up B for i1?');
  });

  const answers: InterviewAnswer[] = [
    { question: bank[0]!, answer: 'Roles | not users\nand MFA.', ticked: ['p0', 'p1', 'p2'], seconds: 130, followUp: 'Follow-up A for i1?', followUpAnswer: 'Trust policy.' },
    { question: bank[2]!, answer: '', ticked: ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'], seconds: 100, followUp: 'Follow-up B for h1?', followUpAnswer: '' },
  ];

  it('summarises coverage, time and the weakest section', () => {
    const s = summariseInterview(answers, 2);
    expect(s.coverage).toBe(0.75);
    expect(s.totalSeconds).toBe(230);
    expect(s.items.map((i) => i.overTime)).toEqual([true, false]);
    expect(s.sections.map((x) => x.id)).toEqual(['iam-identity', 'ha-dr']);
    const recorded = interviewAttempts(s, NOW);
    expect(recorded.map((a) => [a.question, a.covered.length, a.answeredBy, a.context])).toEqual([
      ['i1', 3, 'typed', 'interview'],
      ['h1', 6, 'spoken', 'interview'],
    ]);
  });

  it('exports the summary as Markdown with coverage, misses with their explanation, time and follow-ups', () => {
    const md = interviewMarkdown(summariseInterview(answers, 2), NOW);
    expect(md).toContain('# Archtree mock interview');
    expect(md).toContain('**Coverage: 75 %**');
    expect(md).toContain('| 1 | Question i1? | iam-identity | 3 / 6 (50 %) | 2:10 (over) |');
    expect(md).toContain('- **Point p3.** Why p3 matters.');
    expect(md).toContain('> Roles | not users\n> and MFA.');
    expect(md).toContain('Missed: nothing.');
    expect(md).toContain('Follow-up: Follow-up B for h1?');
    expect(md).toContain('- IAM & Identity: 50 % over 1 question');
  });
});

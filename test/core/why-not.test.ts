import { describe, expect, it } from 'vitest';
import { formatAnswer, questionById } from '../../src/core/guide/answers';
import { decide } from '../../src/core/guide/decide';
import { sampleAnswers } from '../../src/core/guide/enumerate';
import type { Answers, Guide } from '../../src/core/guide/schema';
import { guidePaths, whyNotLines, type WhyNotLine } from '../../src/core/guide/why-not';
import { whyNotTextFor } from '../../src/core/guide/why-not-entry';
import { loadLibrary } from '../../src/core/library';
import { readTrees } from '../../src/node/read-trees';
import { loadFixture } from '../helpers/fixtures';
import { loadGuide } from '../helpers/guides';

/** The five guides whose why-not texts were written per ruling question (issue 15). */
const GUIDES = ['compute', 'database', 'disaster-recovery', 'messaging', 'vpc-connectivity'];
/** Every committed guide that loads: guides added later get computed lines for free, and are held to them. */
const ALL = loadLibrary(readTrees()).guides.map((g) => g.id);

function decided(guide: Guide, answers: Answers) {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error(`${guide.id}: ${JSON.stringify(answers)} does not finish: ${JSON.stringify(d)}`);
  return d;
}

/** Apply the changes a line states, then answer anything else the new path asks with its first sample. */
function applyStated(guide: Guide, answers: Answers, line: WhyNotLine) {
  const next: Answers = { ...answers };
  line.changes.forEach((c) => (next[c.question] = c.to));
  for (let i = 0; i <= guide.questions.length; i++) {
    const d = decide(guide, next);
    if (d.status !== 'pending') return d;
    next[d.question] = sampleAnswers(questionById(guide, d.question)!)[0]!.value;
  }
  return decide(guide, next);
}

describe('computed why-not: every (path, alternative) pair of every guide', () => {
  it.each(ALL)('%s: names only answers on the path, and its change reaches the alternative', (id) => {
    const guide = loadGuide(id);
    let pairs = 0;
    for (const path of guidePaths(guide)) {
      const on = new Set(path.steps.map((s) => s.question));
      const lines = whyNotLines(guide, { outcome: path.outcome, answers: path.answers, path: path.steps });
      expect(lines.map((l) => l.outcome)).toEqual(guide.outcomes.map((o) => o.id).filter((o) => o !== path.outcome));
      for (const line of lines) {
        const where = `${id}: ${JSON.stringify(path.answers)} → why not ${line.outcome}`;
        // The ruling answer is one the user gave on this path, quoted as given.
        expect(on.has(line.ruledOutBy.question), where).toBe(true);
        expect(line.ruledOutBy.value, where).toBe(path.answers[line.ruledOutBy.question]);
        expect(line.text, where).toContain(formatAnswer(questionById(guide, line.ruledOutBy.question)!, line.ruledOutBy.value));
        // Every answer the change alters is on the path and quoted as given; new ones are not.
        for (const c of line.changes) {
          if (c.from === undefined) expect(on.has(c.question), where).toBe(false);
          else expect([on.has(c.question), c.from], where).toEqual([true, path.answers[c.question]]);
        }
        expect(line.changes.some((c) => c.from !== undefined), where).toBe(true);
        // The change, applied, makes the alternative the recommendation.
        expect(decide(guide, line.answers!), where).toMatchObject({ status: 'outcome', outcome: line.outcome });
        expect(applyStated(guide, path.answers, line), where).toMatchObject({ status: 'outcome', outcome: line.outcome });
        // The five rewritten guides explain each ruling answer with the text written for that question.
        const entry = guide.outcomes.find((o) => o.id === path.outcome)!.whyNot[line.outcome];
        if (GUIDES.includes(id)) expect(whyNotTextFor(entry, line.ruledOutBy.question)?.source, where).toBe('question');
        expect(line.explanation.length, where).toBeGreaterThan(10);
        expect(line.text, where).not.toMatch(/\{[A-Za-z]+\}/);
        pairs++;
      }
    }
    expect(pairs).toBe(guidePaths(guide).length * (guide.outcomes.length - 1));
  });
});

describe('the issue’s Fargate case: long-running, 70 % steady, AWS-native, no servers to manage', () => {
  const guide = loadGuide('compute');
  const d = decided(guide, {
    workloadShape: 'long-running', utilisation: 70, platform: 'aws-native', nodeFeatures: 'containers-only',
    nodeManagement: 'no-nodes', monthlySpend: 4000,
  });
  const lines = whyNotLines(guide, d);
  const line = (id: string) => lines.find((l) => l.outcome === id)!;

  it('recommends ECS on Fargate', () => expect(d.outcome).toBe('ecs-fargate'));

  it('rules out ECS on EC2 by “no servers to manage” alone, and brings it back by running instances', () => {
    const ec2 = line('ecs-ec2');
    expect(ec2.ruledOutBy).toMatchObject({ question: 'nodeManagement', answer: '“No servers to manage”' });
    expect(ec2.changes.map((c) => [c.question, c.to])).toEqual([['nodeManagement', 'manage-nodes']]);
    expect(ec2.text).toMatch(/^Ruled out by your answer “No servers to manage” to “Will your team look after servers\?”\./);
    expect(ec2.text).toContain('would be recommended with “Yes, we can run instances” instead of “No servers to manage”.');
    expect(ec2.text).not.toMatch(/variable|simplest/);
  });

  it('rules out Lambda by the workload being a server process, not by the other limits', () => {
    const lambda = line('lambda');
    expect(lambda.ruledOutBy).toMatchObject({ question: 'workloadShape', answer: '“Long-running processes”', needs: '“Event handlers”' });
    expect(lambda.explanation).toMatch(/handlers/);
    expect(lambda.explanation).not.toMatch(/15 minutes|10 GB/);
    // Lambda also needs variable load: the change says so, with the threshold and the answer given.
    const load = lambda.changes.find((c) => c.question === 'utilisation')!;
    expect(load).toMatchObject({ from: 70, given: '70 %', needs: 'at most 50 %' });
  });
});

describe('numbers: the line gives the threshold and the number given', () => {
  it('Lambda stops at 15 minutes; this run needs 45', () => {
    const guide = loadGuide('compute');
    const d = decided(guide, {
      workloadShape: 'event-driven', taskMinutes: 45, utilisation: 30, platform: 'aws-native',
      nodeFeatures: 'containers-only', nodeManagement: 'no-nodes', monthlySpend: 500,
    });
    const lambda = whyNotLines(guide, d).find((l) => l.outcome === 'lambda')!;
    expect(lambda.ruledOutBy).toMatchObject({ question: 'taskMinutes', answer: '45 minutes', needs: 'at most 15 minutes' });
    expect(lambda.text).toContain('Ruled out by your answer to “How long can the longest single run take, in whole minutes?” (45 minutes): AWS Lambda functions needs an answer of at most 15 minutes.');
    expect(lambda.text).toContain('cut off');
  });

  it('a band with two edges reads as a range, and a last band as “more than”', () => {
    const guide = loadGuide('disaster-recovery');
    const rec = guidePaths(guide).find((p) => p.outcome === 'backup-restore')!;
    const lines = whyNotLines(guide, { outcome: rec.outcome, answers: rec.answers, path: rec.steps });
    const needs = lines.flatMap((l) => [l.ruledOutBy.needs, ...l.changes.map((c) => c.needs)]);
    expect(needs.every((n) => /^(at most|under|more than|at least|\d|“)/.test(n)), needs.join(' | ')).toBe(true);
  });
});

describe('guides added later get computed why-nots for free', () => {
  const tiny = loadFixture('tiny.json');

  it('a plain hand-written text is kept as the explanation, the rest is computed from the rules', () => {
    const d = decided(tiny, { pattern: 'work-queue', rate: 10 });
    const stream = whyNotLines(tiny, d).find((l) => l.outcome === 'stream')!;
    expect(stream.text).toBe(
      'Ruled out by your answer to “Peak messages per second?” (10 msg/s): Stream needs an answer of more than 3,000 msg/s. Throughput fits a queue. ' +
        'It would be recommended with an answer of more than 3,000 msg/s instead of 10 msg/s.',
    );
    expect(stream.answers).toEqual({ pattern: 'work-queue', rate: 3001 });
  });

  it('names the question a new path asks when the change opens one', () => {
    const d = decided(tiny, { pattern: 'fan-out' });
    const fifo = whyNotLines(tiny, d).find((l) => l.outcome === 'fifo')!;
    expect(fifo.changes).toEqual([
      { question: 'pattern', prompt: 'What should one message do?', from: 'fan-out', given: '“Reach many consumers”', to: 'work-queue', needs: '“Be processed by one worker”' },
      { question: 'rate', prompt: 'Peak messages per second?', to: 0, needs: 'at most 3,000 msg/s' },
    ]);
    expect(fifo.text).toContain('It would be recommended with “Be processed by one worker” for “What should one message do?” (not “Reach many consumers”), then at most 3,000 msg/s for “Peak messages per second?”.');
  });
});

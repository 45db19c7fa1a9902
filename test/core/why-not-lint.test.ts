import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { lintGuide } from '../../src/core/guide/lint';
import { parseGuideText } from '../../src/core/guide/parse';
import { formatProblem } from '../../src/core/guide/problems';
import { whyNotLines } from '../../src/core/guide/why-not';
import { loadLibrary } from '../../src/core/library';
import { readTrees } from '../../src/node/read-trees';
import { FIXTURES, loadFixture } from '../helpers/fixtures';

const { catalog } = loadLibrary({ guides: [], catalog: readTrees().catalog });

function problemsOf(name: string): string[] {
  const file = `${name}.json`;
  const parsed = parseGuideText(file, readFileSync(join(FIXTURES, 'guides', 'broken', file), 'utf8'));
  const problems = parsed.ok ? lintGuide(parsed.value, file, catalog) : parsed.problems;
  return problems.map(formatProblem);
}

describe('why-not lint: every (path, alternative) pair gets the text about the answer that ruled it out', () => {
  it('passes a guide with one text per ruling question, and shows each where it applies', () => {
    const relay = loadFixture('why-not-relay.json');
    expect(lintGuide(relay, 'why-not-relay.json', catalog)).toEqual([]);
    const byPattern = decide(relay, { pattern: 'fan-out' });
    const byRate = decide(relay, { pattern: 'work-queue', rate: 5000, replay: 'no' });
    if (byPattern.status !== 'outcome' || byRate.status !== 'outcome') throw new Error('relay paths do not finish');
    const fifo = (d: typeof byPattern) => whyNotLines(relay, d).find((l) => l.outcome === 'fifo')!;
    expect(fifo(byPattern).explanation).toBe('A queue hands each message to one consumer.');
    expect(fifo(byRate).explanation).toBe('At 5,000 msg/s one queue falls behind.');
    expect(fifo(byRate).ruledOutBy).toMatchObject({ question: 'rate', answer: '5,000 msg/s', needs: 'at most 3,000 msg/s' });
  });

  // Each broken fixture is the relay guide with one defect in topic's why-not texts.
  it.each([
    ['why-not-one-text', 'outcomes[2].whyNot.fifo: one text stands for different ruling answers ("pattern", "rate"), so it cannot say which applies; give each its own text in byQuestion'],
    ['why-not-no-text', 'outcomes[2].whyNot.fifo: no text for paths where "rate" rules out "fifo" (e.g. pattern=work-queue, rate=3001, replay=no); add byQuestion.rate'],
    ['why-not-stale-text', 'outcomes[2].whyNot.fifo.byQuestion.replay: never shows: on no path to "topic" does "replay" rule out "fifo" (only "pattern", "rate" can)'],
    ['why-not-unknown-question', 'outcomes[2].whyNot.fifo.byQuestion.ordering: "ordering" names no question'],
    ['why-not-uncited', 'outcomes[2].whyNot.stream.byQuestion.pattern: {rate} is not answered on every path that shows this text'],
  ])('%s', (name, expected) => {
    const problems = problemsOf(name);
    expect(problems).toEqual([`${name}.json: ${expected}`]);
  });
});

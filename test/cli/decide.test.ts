import { beforeAll, describe, expect, it } from 'vitest';
import { cli, makeTrees, tinyWith } from './helpers';

let dir: string;
beforeAll(() => {
  dir = makeTrees();
});
const decide = (...args: string[]) => cli('decide', ...args, '--dir', dir);

/** An input error: nothing on stdout, exactly one line on stderr, exit 2. */
async function expectError(args: string[], line: string) {
  const r = await decide(...args);
  expect(r.out).toEqual([]);
  expect(r.err).toEqual([line]);
  expect(r.code).toBe(2);
}

describe('archtree decide: a full set of answers', () => {
  it('prints outcome, services with equivalents, rationale, figures, facts, why-not and the path', async () => {
    const r = await decide('tiny', '--answer', 'pattern=work-queue', '--answer', 'rate=500');
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out).toEqual([
      'Tiny queue guide: FIFO queue',
      'An ordered queue.',
      '',
      'Recommended services',
      '  SQS FIFO — Amazon SQS FIFO queue (aws.sqs-fifo)',
      '      GCP: Google Cloud Pub/Sub (gcp.pubsub)',
      '      Azure: Azure Service Bus (azure.service-bus)',
      '      Note: Pub/Sub orders by ordering key; Service Bus orders within a session.',
      '',
      'Why',
      '  You want each message processed by one worker at 500 msg/s, within the FIFO limit.',
      '',
      'Figures',
      '  Headroom: 2,500 msg/s',
      '',
      'Facts',
      '  - [limit] FIFO handles about 3,000 msg/s. (Messaging & Events)',
      '',
      'Why not',
      '  Stream (stream): Ruled out by your answer to “Peak messages per second?” (500 msg/s): Stream needs an answer of more than 3,000 msg/s. Throughput fits a queue. It would be recommended with an answer of more than 3,000 msg/s instead of 500 msg/s.',
      '      answers that lead there: --answer rate=3001',
      '  Topic (topic): Ruled out by your answer “Be processed by one worker” to “What should one message do?”. Only one consumer. It would be recommended with “Reach many consumers” instead of “Be processed by one worker”.',
      '      answers that lead there: --answer pattern=fan-out',
      '',
      'Path',
      '  What should one message do? → Be processed by one worker  [pattern=work-queue]',
      '  Peak messages per second? → 500 msg/s  [rate=500]',
    ]);
  });

  it('prints notes and warnings when the outcome has some that apply', async () => {
    const warned = makeTrees({
      'tiny.json': tinyWith((g) => {
        g.outcomes[0].notes = [{ when: { q: 'rate', is: 'low' }, text: 'Batch sends at {rate}.' }];
        g.outcomes[0].warnings = [{ text: 'FIFO throughput is per message group.' }, { when: { q: 'rate', is: 'high' }, text: 'Never shown here.' }];
      }),
    });
    const r = await cli('decide', 'tiny', '-a', 'pattern=work-queue', '-a', 'rate=10', '--dir', warned);
    expect(r.code).toBe(0);
    const at = (title: string) => r.out.slice(r.out.indexOf(title), r.out.indexOf(title) + 3);
    expect(at('Notes')).toEqual(['Notes', '  - Batch sends at 10 msg/s.', '']);
    expect(at('Warnings')).toEqual(['Warnings', '  - FIFO throughput is per message group.', '']);
  });

  it.each([
    ['3000', 'fifo', '3,000 msg/s'],
    ['3,000', 'fifo', '3,000 msg/s'],
    ['3_000', 'fifo', '3,000 msg/s'],
    [' 3001 ', 'stream', '3,001 msg/s'],
    ['1,000,000', 'stream', '1,000,000 msg/s'],
  ])('reads the number %j', async (raw, outcome, shown) => {
    const r = await decide('tiny', '-a', 'pattern=work-queue', '-a', `rate=${raw}`, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.outcome.id).toBe(outcome);
    expect(json.path[1].answer).toBe(shown);
  });

  it('a guide whose outcome needs one answer', async () => {
    const r = await decide('tiny', '-a', 'pattern=fan-out');
    expect(r.code).toBe(0);
    expect(r.out.slice(0, 2)).toEqual(['Tiny queue guide: Topic', 'A topic.']);
    expect(r.out).toContain('  SNS — Amazon SNS (aws.sns)');
    expect(r.out.at(-1)).toBe('  What should one message do? → Reach many consumers  [pattern=fan-out]');
    expect(r.out).not.toContain('Figures');
  });

  it('--json prints the stable object {guide, outcome, recommendation, path, answers, next}', async () => {
    const r = await decide('tiny', '-a', 'rate=4000', '-a', 'pattern=work-queue', '--json');
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['guide', 'outcome', 'recommendation', 'path', 'answers', 'next']);
    expect(json.guide).toEqual({ id: 'tiny', title: 'Tiny queue guide', version: 1 });
    expect(json.outcome).toEqual({ id: 'stream', title: 'Stream', summary: 'A stream.' });
    expect(json.answers).toEqual({ pattern: 'work-queue', rate: 4000 });
    expect(json.next).toBeNull();
    expect(json.path).toEqual([
      { question: 'pattern', prompt: 'What should one message do?', value: 'work-queue', answer: 'Be processed by one worker' },
      { question: 'rate', prompt: 'Peak messages per second?', value: 4000, answer: '4,000 msg/s' },
    ]);
    const rec = json.recommendation;
    expect(rec.rationale).toBe('At 4,000 msg/s a queue with ordering will not keep up.');
    expect(rec.services[0].service.id).toBe('aws.kinesis-data-streams');
    expect(rec.services[0].gcp.map((s: { id: string }) => s.id)).toEqual(['gcp.pubsub']);
    expect(rec.services[0].azure.map((s: { id: string }) => s.id)).toEqual(['azure.event-hubs']);
    expect(rec.whyNot.map((w: { outcome: string }) => w.outcome)).toEqual(['fifo', 'topic']);
  });
});

describe('archtree decide: incomplete answers', () => {
  it('no answers: names the first question and its choices, exit 3', async () => {
    const r = await decide('tiny');
    expect(r.code).toBe(3);
    expect(r.out).toEqual([
      'Tiny queue guide: not decided yet.',
      '',
      'Next question: pattern',
      '  What should one message do?',
      '  Pick the delivery pattern.',
      '  Choose one of:',
      '    work-queue  Be processed by one worker — Point to point.',
      '    fan-out     Reach many consumers — Publish and subscribe.',
      '',
      'Continue: archtree decide tiny --answer pattern=<value>',
    ]);
    expect(r.err).toEqual(['archtree: answers incomplete; next question is pattern ("What should one message do?"): one of: work-queue, fan-out']);
  });

  it('part way: shows the answers so far and the range of the next number question', async () => {
    const r = await decide('tiny', '-a', 'pattern=work-queue');
    expect(r.code).toBe(3);
    expect(r.out).toContain('  What should one message do? → Be processed by one worker  [pattern=work-queue]');
    expect(r.out).toContain('Next question: rate');
    expect(r.out).toContain('  Enter a whole number from 0 to 1,000,000 msg/s, e.g. 100');
    expect(r.out.at(-1)).toBe('Continue: archtree decide tiny --answer pattern=work-queue --answer rate=<value>');
    expect(r.err).toEqual(['archtree: answers incomplete; next question is rate ("Peak messages per second?"): a whole number from 0 to 1,000,000 msg/s']);
  });

  it('an answer to a later question is kept while an earlier one is missing', async () => {
    const r = await decide('tiny', '-a', 'rate=10', '--json');
    expect(r.code).toBe(3);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ outcome: null, recommendation: null, path: [], answers: { rate: 10 }, next: { question: 'pattern', kind: 'choice' } });
  });

  it('--json: the same object with next filled in', async () => {
    const r = await decide('tiny', '-a', 'pattern=work-queue', '--json');
    expect(r.code).toBe(3);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['guide', 'outcome', 'recommendation', 'path', 'answers', 'next']);
    expect(json.next).toMatchObject({
      question: 'rate', kind: 'number', unit: 'msg/s', min: 0, max: 1000000, integer: true,
      accepts: 'a whole number from 0 to 1,000,000 msg/s',
    });
    expect(json.next.bands.map((b: { id: string }) => b.id)).toEqual(['low', 'high']);
  });
});

describe('archtree decide: input errors are one stderr line, exit 2', () => {
  it('unknown guide suggests the nearest and names the known ones', () =>
    expectError(['tiyn'], 'archtree: unknown guide "tiyn"; did you mean tiny?; known guides: tiny'));

  it('no guide given', () =>
    expectError([], 'archtree: decide: which guide? known guides: tiny'));

  it('unknown question names the guide\'s questions', () =>
    expectError(['tiny', '-a', 'speed=10'], 'archtree: unknown question "speed" in guide tiny; questions: pattern, rate'));

  it('a mistyped question id gets the nearest question id, as a mistyped guide id does', () =>
    expectError(['tiny', '-a', 'pattern=work-queue', '-a', 'ratte=10'], 'archtree: unknown question "ratte" in guide tiny; did you mean rate?; questions: pattern, rate'));

  it('a value that is not a choice names the choices', () =>
    expectError(['tiny', '-a', 'pattern=fast'], 'archtree: "fast" is not an answer to pattern; choose one of: work-queue, fan-out'));

  it('a value that is not a number names the range', () =>
    expectError(['tiny', '-a', 'pattern=work-queue', '-a', 'rate=lots'], 'archtree: "lots" is not a number for rate; enter a whole number from 0 to 1,000,000 msg/s'));

  it('badly grouped digits are not a number', () =>
    expectError(['tiny', '-a', 'pattern=work-queue', '-a', 'rate=30,00'], 'archtree: "30,00" is not a number for rate; enter a whole number from 0 to 1,000,000 msg/s'));

  it('a number out of range names the range', () =>
    expectError(['tiny', '-a', 'pattern=work-queue', '-a', 'rate=2,000,000'], 'archtree: 2,000,000 is out of range for rate; enter a whole number from 0 to 1,000,000 msg/s'));

  it('a fraction for a whole-number question', () =>
    expectError(['tiny', '-a', 'pattern=work-queue', '-a', 'rate=0.5'], 'archtree: 0.5 is not a whole number for rate; enter a whole number from 0 to 1,000,000 msg/s'));

  it('an answer to a question not on the path, with --strict', () =>
    expectError(['tiny', '-a', 'pattern=fan-out', '-a', 'rate=10', '--strict'], 'archtree: rate is not asked on this path (pattern=fan-out → outcome topic); questions on it: pattern'));

  it('an answer to a question not on the path is ignored, and said so on stderr, without --strict', async () => {
    const r = await decide('tiny', '-a', 'pattern=fan-out', '-a', 'rate=10');
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('Tiny queue guide: Topic');
    expect(r.err).toEqual(['archtree: decide: ignored rate (not asked on this path); --strict makes this an error']);
  });

  it('an answer without "="', () =>
    expectError(['tiny', '-a', 'pattern'], 'archtree: "pattern" is not <question>=<value>; questions of tiny: pattern, rate'));

  it('the same question twice', () =>
    expectError(['tiny', '-a', 'pattern=fan-out', '-a', 'pattern=work-queue'], 'archtree: pattern is answered twice ("fan-out" and "work-queue")'));

  it('an answer given as a bare argument', () =>
    expectError(['tiny', 'pattern=fan-out'], 'archtree: decide: unexpected argument "pattern=fan-out"; give answers as --answer pattern=fan-out'));

  it('--answer without a value', async () => {
    const r = await decide('tiny', '--answer');
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^archtree: decide: .*--answer.*see archtree decide --help$/);
  });

  it('a guide that does not lint clean is named as unavailable with its first problem', async () => {
    const broken = makeTrees({ 'tiny.json': tinyWith((g) => { g.outcomes[0].services = ['aws.nope']; }) });
    const r = await cli('decide', 'tiny', '-a', 'pattern=fan-out', '--dir', broken);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual(['archtree: guide "tiny" (tiny.json) is unavailable: tiny.json: outcomes[0].services[0]: unknown service "aws.nope" (not in the catalogue)']);
  });
});

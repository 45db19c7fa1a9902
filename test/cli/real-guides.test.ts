import { describe, expect, it } from 'vitest';
import { enumeratePaths } from '../../src/core/guide/enumerate';
import { loadLibrary } from '../../src/core/library';
import { readTrees } from '../../src/node/read-trees';
import { cli } from './helpers';

/**
 * The committed guides through the CLI. Guides are still being written, so only those that
 * load and lint clean are exercised; the engine's own suite reports the others. Linting a
 * large guide enumerates every path (seconds), and each decide lints its guide, so a few
 * paths per guide are sampled: one per outcome, up to OUTCOMES_PER_GUIDE.
 */
const library = loadLibrary(readTrees());
const OUTCOMES_PER_GUIDE = 3;
const messaging = library.guides.find((g) => g.id === 'messaging');

describe('archtree on the committed decision-trees', () => {
  it('guides lists every guide that loads', async () => {
    const r = await cli('guides');
    expect(r.code).toBe(0);
    expect(r.out.map((line) => line.split(/\s+/)[0])).toEqual(library.guides.map((g) => g.id));
  });

  it.each(library.guides.map((g) => [g.id, g] as const))('decide %s: sampled paths reach the outcome the engine finds', async (_id, guide) => {
    const byOutcome = new Map<string, Record<string, string | number>>();
    for (const path of enumeratePaths(guide, { limit: 2_000 }).paths) if (!byOutcome.has(path.outcome)) byOutcome.set(path.outcome, path.answers);
    expect(byOutcome.size).toBeGreaterThan(0);
    for (const [outcome, answers] of [...byOutcome].slice(0, OUTCOMES_PER_GUIDE)) {
      const args = Object.entries(answers).flatMap(([q, v]) => ['--answer', `${q}=${v}`]);
      const r = await cli('decide', guide.id, ...args, '--json');
      expect(r.err).toEqual([]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).outcome.id).toBe(outcome);
    }
  }, 120_000);
});

describe.runIf(messaging)('archtree decide messaging', () => {
  it('strict ordering at 3,000 msg/s: SQS FIFO, with its GCP and Azure equivalents', async () => {
    const r = await cli('decide', 'messaging', '-a', 'pattern=work-queue', '-a', 'consumerCompute=lambda', '-a', 'ordering=strict', '-a', 'peakMps=3,000');
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^Messaging backbone: SQS FIFO/);
    expect(r.out).toContainEqual(expect.stringMatching(/^ {2}\S.* \(aws\.sqs-fifo\)$/));
    expect(r.out).toContainEqual(expect.stringMatching(/^ {6}GCP: .*\(gcp\./));
    expect(r.out).toContainEqual(expect.stringMatching(/^ {6}Azure: .*\(azure\./));
    for (const title of ['Why', 'Facts', 'Why not', 'Path']) expect(r.out).toContain(title);
    expect(r.out).toContainEqual(expect.stringMatching(/\[peakMps=3000\]$/));
  });

  it('a fractional write rate through to Kinesis Data Streams (--json)', async () => {
    const r = await cli('decide', 'messaging', '-a', 'pattern=stream', '-a', 'kafkaNeeds=no-kafka', '-a', 'retentionDays=7', '-a', 'peakMps=800',
      '-a', 'writeMbPerSecond=0.5', '-a', 'streamConsumers=2', '-a', 'landInS3=no', '--json');
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.outcome.id).toBe('kinesis-data-streams');
    expect(json.answers).toMatchObject({ writeMbPerSecond: 0.5, streamConsumers: 2 });
  });

  it('a wrong choice names the allowed values; incomplete answers name the next question', async () => {
    const ordering = messaging!.questions.find((q) => q.id === 'ordering');
    const choices = ordering?.kind === 'choice' ? ordering.choices.map((c) => c.value).join(', ') : '';
    const bad = await cli('decide', 'messaging', '-a', 'pattern=work-queue', '-a', 'consumerCompute=lambda', '-a', 'ordering=fast');
    expect(bad.code).toBe(2);
    expect(bad.err).toEqual([`archtree: "fast" is not an answer to ordering; choose one of: ${choices}`]);

    const pending = await cli('decide', 'messaging', '-a', 'pattern=work-queue');
    expect(pending.code).toBe(3);
    expect(pending.out).toContain('Next question: consumerCompute');
  });

  it('a misspelt guide suggests the nearest and lists the known ones', async () => {
    const r = await cli('decide', 'mesaging');
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`archtree: unknown guide "mesaging"; did you mean messaging?; known guides: ${library.guides.map((g) => g.id).join(', ')}`]);
  });
});

describe('archtree decide: a cross-answer check', () => {
  it('a peak below the floor is an input error naming the question, the rule and why (exit 2)', async () => {
    const r = await cli('decide', 'commitment', '-a', 'shape=always-on', '-a', 'interruptible=no', '-a', 'usageHistory=measured', '-a', 'term=one-year',
      '-a', 'baselineUsd=40', '-a', 'peakUsd=30', '-a', 'spDiscount=25');
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([
      'archtree: peakUsd is refused: The peak of 30 USD/hour is below the floor of 40 USD/hour: the busiest hour cannot cost less than the quietest one. Take both from the same months, at On-Demand prices.',
    ]);
  });
});

describe('archtree decide: the policies an outcome fills', () => {
  const SCP = ['access-guardrails', '-a', 'cloud=aws', '-a', 'goal=ceiling', '-a', 'accountCount=12'];

  it('prints each policy under its title after the notes that point "below" to it, exactly as --json gives it', async () => {
    const text = await cli('decide', ...SCP);
    const json = JSON.parse((await cli('decide', ...SCP, '--json')).stdout);
    expect(text.code).toBe(0);
    const notes = text.out.indexOf('Notes');
    const policies = text.out.indexOf('Policies and configuration');
    expect(text.out.slice(notes)).toContainEqual(expect.stringContaining('(the ArnNotLike condition below)'));
    expect(policies).toBeGreaterThan(notes);
    const printed = text.out.slice(policies);
    for (const artefact of json.recommendation.artefacts as { id: string; title: string; text: string }[]) {
      const heading = printed.indexOf(`  ${artefact.title} [${artefact.id}]`);
      expect(heading, artefact.id).toBeGreaterThan(0);
      const open = printed.indexOf('```json', heading);
      const close = printed.indexOf('```', open + 1);
      // unindented between the fences, so a copy is the policy itself
      expect(printed.slice(open + 1, close).join('\n'), artefact.id).toBe(artefact.text);
    }
    expect(printed.join('\n')).toContain('"ArnNotLike"');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agrees, lintAgreement, sentences } from '../../src/core/facts/agreement';
import { loadFacts } from '../../src/core/facts/load';
import { factDisplay, renderFactRefs, resolveFormula } from '../../src/core/facts/refs';
import { stringsOf } from '../../src/core/facts/texts';
import { lintGuide } from '../../src/core/guide/lint';
import { parseGuideText } from '../../src/core/guide/parse';
import { formatProblem } from '../../src/core/guide/problems';
import { loadLibrary } from '../../src/core/library';
import { loadRehearsalBank } from '../../src/core/rehearsal/bank';
import { readJsonFiles, readTrees, TREES_DIR } from '../../src/node/read-trees';
import { FIXTURES } from '../helpers/fixtures';

const trees = readTrees();
const { facts, problems: factProblems } = loadFacts(trees.facts);
const library = loadLibrary(trees);

describe('the facts file', () => {
  it('parses with unique ids and valid check patterns', () => {
    expect(factProblems.map(formatProblem)).toEqual([]);
    expect(facts.facts.length).toBeGreaterThan(40);
  });

  it('gives every figure a public source and the date it was read', () => {
    for (const fact of facts.facts) {
      expect(fact.source.url, fact.id).toMatch(/^https:\/\//);
      expect(fact.source.read, fact.id).toMatch(/^20\d\d-\d\d-\d\d$/);
    }
  });

  it('keeps the seed’s value beside the facts where the seed is out of date', () => {
    const withSeed = facts.facts.filter((f) => f.seed).map((f) => f.id);
    for (const id of ['rds.read-replicas.max', 'vpn.tunnel.large-gbps', 'dx.port.range-month', 'dynamodb.on-demand.write', 'availability.99-5.downtime', 'cloudfront.out-first-10tb', 'dx.data-out']) {
      expect(withSeed).toContain(id);
    }
  });

  it('holds the corrected figures of the review', () => {
    const value = (id: string) => facts.byId.get(id)?.value;
    expect(value('rds.read-replicas.max')).toBe(15);
    expect(value('vpn.tunnel.large-gbps')).toBe(5);
    expect(value('availability.99-5.downtime')).toBe(43.8);
    expect(value('cloudfront.out-first-10tb')).toBe(0.085);
    expect(value('dx.data-out')).toBe(0.02);
    expect(value('dynamodb.on-demand.write')).toBe(0.625);
    expect(value('kinesis.shard.write-records')).toBe(1000);
  });
});

describe('fact references', () => {
  it('read as the fact’s display in text, its bare number with :n, and a plain number in formulas', () => {
    expect(renderFactRefs('A shard takes {fact:kinesis.shard.write-records}.', facts)).toBe('A shard takes 1,000 records/s.');
    expect(renderFactRefs('{fact:kinesis.shard.write-records:n} a second', facts)).toBe('1,000 a second');
    expect(resolveFormula('ceil(peakMps / {fact:kinesis.shard.write-records})', facts)).toBe('ceil(peakMps / 1000)');
    expect(factDisplay(facts.byId.get('route53.failover-minutes')!)).toBe('about 2–2.5 minutes');
  });

  it('leave an unknown reference visible rather than guessing', () => {
    expect(renderFactRefs('{fact:no.such}', facts)).toBe('{fact:no.such}');
  });

  it('are all resolved in the loaded guides, cards and scenarios', () => {
    const bank = loadRehearsalBank(
      { scenarios: readJsonFiles(join(TREES_DIR, 'scenarios')), flashcards: readJsonFiles(join(TREES_DIR, 'flashcards')) },
      library.guides, library.facts,
    );
    const texts = [...stringsOf(library.guides), ...stringsOf(bank.cards), ...stringsOf(bank.scenarios)];
    expect(texts.filter((t) => t.text.includes('{fact:')).map((t) => t.path)).toEqual([]);
  });
});

describe('the disagreement check', () => {
  it('splits sentences without breaking decimals', () => {
    expect(sentences('CloudFront costs $0.085 per GB. Origin fetches are free.')).toEqual(['CloudFront costs $0.085 per GB.', 'Origin fetches are free.']);
  });

  it('flags a number that contradicts a fact, and accepts the fact’s value, a range inside it and a citation', () => {
    const check = (text: string) => lintAgreement({ text }, 'x.json', facts).map((p) => p.message);
    expect(check('RDS supports up to five read replicas.')[0]).toMatch(/"five read replicas" \(5\) disagrees .*15 read replicas/);
    expect(check('RDS supports up to 15 read replicas.')).toEqual([]);
    expect(check('RDS for Oracle and SQL Server allows up to 5 read replicas.')).toEqual([]);
    expect(check('Each shard takes 1 MB/s and 1,000 records/s.')).toEqual([]);
    expect(check('Each shard takes 1 MB/s and 2,000 records/s.')).toHaveLength(1);
    expect(check('RDS supports up to {fact:rds.read-replicas.max}.')).toEqual([]);
    expect(check('Two read replicas serve the reports.')).toEqual([]);
    // a situation's own number is not a claim about the limit
    expect(check('The high-throughput FIFO quota in the Region is confirmed to cover 40,000 messages a second.')).toEqual([]);
    expect(check('One FIFO queue handles about 5,000 messages per second.')).toHaveLength(1);
    expect(agrees(facts.byId.get('route53.failover-minutes')!, 2.2)).toBe(true);
    // a stated range runs up to a single-value fact, or lies inside a range fact
    expect(check('Kinesis keeps 1 to 365 days.')).toEqual([]);
    expect(check('Kinesis keeps 1 to 400 days.')).toHaveLength(1);
    expect(check('With a 60-second TTL, clients move in about 1–2 minutes.')).toHaveLength(1);
    expect(check('With a 60-second TTL, clients move in about 2–2.5 minutes.')).toEqual([]);
  });

  it('finds the catalogue free of figures that contradict the facts file', () => {
    const problems = trees.catalog.flatMap((f) => lintAgreement(JSON.parse(f.text), `catalog/${f.name}`, facts));
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('guide lint with facts, promises and drawn services', () => {
  const problemsOf = (name: string) => {
    const file = `${name}.json`;
    const parsed = parseGuideText(file, readFileSync(join(FIXTURES, 'guides', 'broken', file), 'utf8'));
    const problems = parsed.ok ? lintGuide(parsed.value, file, library.catalog, facts) : parsed.problems;
    return problems.map(formatProblem);
  };

  // One defect per fixture; each problem names the file and the JSON path.
  it.each([
    ['unknown-fact', 'outcomes[0].facts[0].text: {fact:sqs.fifo.no-such-limit} names no fact'],
    ['formula-unknown-fact', 'outcomes[0].figures[0].formula: {fact:sqs.fifo.nope} names no fact'],
    ['fact-disagrees', 'outcomes[1].facts[0].text: "5 MB/s" (5) disagrees with the facts file'],
    ['band-off-fact', 'questions[1].bands[0].below: cut point 2001 is not the value of fact "sqs.fifo.batched-msgs" (3000 or 3001)'],
    ['broken-promise', 'outcomes[0].promises[0]: promises rate of at most 1,000 msg/s, but band "low" (up to 3,000 msg/s) reaches "fifo"'],
    ['promise-not-asked', 'outcomes[2].promises[0]: a path reaches "topic" without asking rate'],
    ['text-without-drawing', 'outcomes[0].notes[0].text: names ALB, which the diagram draws only under a condition, but shows when it is not drawn'],
    ['drawn-not-listed', 'outcomes[0].services: the diagram draws ALB and outcomes[0].notes[0].text relies on it, but the recommended services do not list it (pattern=work-queue, rate=0); add "aws.alb", with the node\'s "when" if it has one'],
  ])('%s', (name, expected) => {
    const problems = problemsOf(name);
    expect(problems.join('\n')).toContain(`${name}.json: ${expected}`);
    expect(problems.every((p) => p.startsWith(`${name}.json: `))).toBe(true);
  });

  it('proves the committed outcomes keep their promises', () => {
    const promised = library.guides.flatMap((g) => g.outcomes.filter((o) => o.promises.length > 0).map((o) => `${g.id}/${o.id}`));
    expect(promised).toEqual(expect.arrayContaining([
      'disaster-recovery/warm-standby', 'disaster-recovery/pilot-light', 'disaster-recovery/backup-restore', 'messaging/sqs-fifo',
      'compute/lambda', 'vpc-connectivity/transit-gateway-vpn',
    ]));
    expect(library.unavailable.flatMap((u) => u.problems).map(formatProblem)).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintGuide } from '../../src/core/guide/lint';
import { parseGuideText } from '../../src/core/guide/parse';
import { formatProblem } from '../../src/core/guide/problems';
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

describe('guide linter', () => {
  it('finds nothing wrong with a sound guide', () => {
    expect(lintGuide(loadFixture('tiny.json'), 'tiny.json', catalog)).toEqual([]);
  });

  // Each broken fixture carries exactly one defect; the linter must name the file and the JSON path.
  it.each([
    ['unknown-target', 'questions[0].next[0].to: unknown question "nowhere"'],
    ['unknown-outcome', 'questions[1].next[1].to: unknown outcome "ghost"'],
    ['dead-end', 'questions[1].next: dead end: no rule matches when pattern=work-queue, rate=3001'],
    ['unreachable-question', 'questions[2]: question "orphan" can never be reached'],
    ['unreachable-outcome', 'outcomes[1]: outcome "stream" can never be reached'],
    ['missing-why-not', 'outcomes[0].whyNot: missing why-not for outcome "topic"'],
    ['unknown-service', 'outcomes[1].services[0]: unknown service "aws.teleporter"'],
    ['band-gap', 'questions[1].bands[1].below: the last band must have no "below"'],
    ['band-overlap', 'questions[1].bands[1].below: cut point 2000 must be greater than 3001'],
    ['unknown-choice-in-condition', 'questions[0].next[0].when: "worker-queue" is not a choice of pattern'],
    ['loop', 'questions: questions form a loop: pattern → rate → pattern'],
    ['uncited-answer', 'outcomes[2].rationale: {rate} is not answered on every path'],
    ['bad-formula', 'outcomes[0].figures[0].formula: "pattern" is a choice question'],
    ['dangling-edge', 'outcomes[0].diagram.edges[2].to: unknown diagram element "dlq"'],
    ['schema-violation', 'questions[0].kind'],
    ['not-json', 'not-json.json: (root): not valid JSON'],
  ])('%s', (name, expected) => {
    const problems = problemsOf(name);
    expect(problems.join('\n')).toContain(expected);
    expect(problems.every((p) => p.startsWith(`${name}.json: `))).toBe(true);
  });

  it('asks for a purpose that speaks to the reader ("Choose…"), as every other guide\'s does', () => {
    const guide = { ...loadFixture('tiny.json'), purpose: 'Chooses a queue.' };
    expect(lintGuide(guide, 'tiny.json', catalog).map(formatProblem)).toEqual([
      'tiny.json: purpose: write the purpose as an instruction to the reader, like every guide\'s ("Choose…"), not "Chooses…"',
    ]);
    expect(lintGuide({ ...guide, purpose: 'Assess a queue.' }, 'tiny.json', catalog)).toEqual([]);
  });

  it('a library with one broken guide sets it aside with its reasons and keeps the others', () => {
    const text = (n: string) => readFileSync(join(FIXTURES, 'guides', n), 'utf8');
    const library = loadLibrary({
      guides: [
        { name: 'tiny.json', text: text('tiny.json') },
        { name: 'dead-end.json', text: text('broken/dead-end.json') },
        { name: 'not-json.json', text: text('broken/not-json.json') },
      ],
      catalog: readTrees().catalog,
    });
    expect(library.guides.map((g) => g.id)).toEqual(['tiny']);
    expect(library.unavailable.map((u) => [u.file, u.id])).toEqual([['dead-end.json', 'dead-end'], ['not-json.json', undefined]]);
    expect(library.unavailable[0]!.problems[0]!.message).toMatch(/dead end/);
  });

  it('reports a service defined twice and an equivalent that does not exist', () => {
    const file = (services: unknown[]) => JSON.stringify({ services });
    const sqs = { id: 'aws.sqs', name: 'SQS', short: 'SQS', provider: 'aws', category: 'messaging', equivalents: { gcp: ['gcp.nothing'] } };
    const result = loadLibrary({ guides: [], catalog: [{ name: 'a.json', text: file([sqs]) }, { name: 'b.json', text: file([sqs]) }] });
    const messages = result.catalogProblems.map(formatProblem);
    expect(messages).toContain('catalog/b.json: services[0].id: service "aws.sqs" is already defined in catalog/a.json');
    expect(messages).toContain('catalog/a.json: services[0].equivalents.gcp[0]: unknown service "gcp.nothing"');
  });

  it('reports one product under two ids, and an AWS service without another cloud\'s equivalent or a note on it', () => {
    const service = (id: string, name: string, extra: object = {}) => ({ id, name, short: 'Redis', provider: id.split('.')[0], category: 'cache', ...extra });
    const services = [
      service('azure.managed-redis', 'Azure Managed Redis'),
      service('azure.cache-for-redis', 'Azure Managed Redis'),
      service('aws.amazon-mq', 'Amazon MQ', { equivalents: { azure: ['azure.managed-redis'] } }),
      service('aws.memorydb', 'Amazon MemoryDB', { equivalents: { azure: ['azure.managed-redis'] }, equivalenceNote: 'Google Cloud has no durable Redis.' }),
    ];
    const result = loadLibrary({ guides: [], catalog: [{ name: 'a.json', text: JSON.stringify({ services }) }] });
    expect(result.catalogProblems.map(formatProblem)).toEqual([
      'catalog/a.json: services[1].name: "Azure Managed Redis" is also the name of azure.managed-redis: one product, one id',
      'catalog/a.json: services[2].equivalenceNote: aws.amazon-mq has no gcp equivalent: say in "equivalenceNote" what to use there instead',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { cli, makeTrees, tinyWith } from './helpers';

describe('archtree lint', () => {
  it('a clean folder: summary line, exit 0', async () => {
    const r = await cli('lint', '--dir', makeTrees());
    expect(r.code).toBe(0);
    expect(r.out).toEqual(['1 guide, 8 services: no problems']);
    expect(r.err).toEqual([]);
  });

  it('a guide with a broken reference: names the file and JSON path, exit 1', async () => {
    const dir = makeTrees({ 'tiny.json': tinyWith((g) => { g.questions[1].next[0].to = 'outcome:fast'; }) });
    const r = await cli('lint', '--dir', dir);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([
      'tiny.json: questions[1].next[0].to: unknown outcome "fast"',
      '1 guide, 8 services: 1 problem in 1 file',
    ]);
  });

  it('schema errors, invalid JSON and catalogue problems are all printed, one per line', async () => {
    const dir = makeTrees(
      {
        'tiny.json': tinyWith(() => {}),
        'bad-shape.json': tinyWith((g) => { g.id = 'bad-shape'; delete g.questions[0].prompt; g.outcomes[2].facts[0].kind = 'rumour'; }),
        'bad-json.json': '{ "id": ',
      },
      {
        'extra.json': JSON.stringify({ services: [{ id: 'aws.sqs', name: 'SQS', short: 'SQS', provider: 'aws', category: 'messaging', equivalents: { gcp: ['gcp.nope'] }, equivalenceNote: 'No Azure queue here.' }] }),
      },
    );
    const r = await cli('lint', '--dir', dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('catalog/extra.json: services[0].equivalents.gcp[0]: unknown service "gcp.nope"');
    expect(r.out).toContainEqual(expect.stringMatching(/^bad-shape\.json: questions\[0\]\.prompt: /));
    expect(r.out).toContainEqual(expect.stringMatching(/^bad-shape\.json: outcomes\[2\]\.facts\[0\]\.kind: /));
    expect(r.out).toContainEqual(expect.stringMatching(/^bad-json\.json: \(root\): not valid JSON/));
    expect(r.out.at(-1)).toBe('3 guides, 9 services: 4 problems in 3 files');
    expect(r.out.slice(0, -1).every((line) => /^[\w./-]+\.json: \S.*: .+/.test(line))).toBe(true);
  });

  it('a duplicate service id in the catalogue is a problem', async () => {
    const dup = JSON.stringify({ services: [{ id: 'aws.sns', name: 'SNS again', short: 'SNS', provider: 'aws', category: 'messaging' }] });
    const r = await cli('lint', '--dir', makeTrees(undefined, { 'zz.json': dup }));
    expect(r.code).toBe(1);
    expect(r.out[0]).toBe('catalog/zz.json: services[0].id: service "aws.sns" is already defined in catalog/messaging.json');
  });
});

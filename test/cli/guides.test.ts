import { describe, expect, it } from 'vitest';
import { cli, makeTrees, tinyWith } from './helpers';

describe('archtree guides', () => {
  it('lists each guide: id, title and seed section', async () => {
    const r = await cli('guides', '--dir', makeTrees());
    expect(r.code).toBe(0);
    expect(r.out).toEqual(['tiny  Tiny queue guide  Messaging & Events (messaging-events)']);
    expect(r.err).toEqual([]);
  });

  it('notes unavailable guides on stderr with their reason and still lists the rest', async () => {
    const dir = makeTrees({
      'tiny.json': tinyWith(() => {}),
      'broken.json': tinyWith((g) => { g.id = 'broken'; g.questions[0].next[0].to = 'nowhere'; }),
      'garbage.json': '{ not json',
    });
    const r = await cli('guides', '--dir', dir);
    expect(r.code).toBe(0);
    expect(r.out).toEqual(['tiny  Tiny queue guide  Messaging & Events (messaging-events)']);
    expect(r.err).toHaveLength(2);
    expect(r.err[0]).toBe('archtree: guide "broken" (broken.json) is unavailable: broken.json: questions[0].next[0].to: unknown question "nowhere"');
    expect(r.err[1]).toMatch(/^archtree: garbage\.json is unavailable: garbage\.json: \(root\): not valid JSON/);
  });

  it('says so on stderr when no guide is usable', async () => {
    const r = await cli('guides', '--dir', makeTrees({}));
    expect(r.code).toBe(0);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([expect.stringMatching(/^archtree: no usable guides in /)]);
  });

  it('--json gives guides and unavailable ones', async () => {
    const dir = makeTrees({ 'tiny.json': tinyWith(() => {}), 'garbage.json': '[' });
    const r = await cli('guides', '--json', '--dir', dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.guides).toEqual([
      { id: 'tiny', title: 'Tiny queue guide', purpose: 'A minimal valid guide the engine tests build on.', section: 'messaging-events', sectionTitle: 'Messaging & Events' },
    ]);
    expect(json.unavailable).toEqual([{ file: 'garbage.json', id: null, title: null, problems: [expect.stringMatching(/^garbage\.json: \(root\): not valid JSON/)] }]);
  });

  it('rejects a stray argument', async () => {
    const r = await cli('guides', 'tiny', '--dir', makeTrees());
    expect(r.code).toBe(2);
    expect(r.err).toEqual(['archtree: guides: unexpected argument "tiny"; see archtree guides --help']);
  });
});

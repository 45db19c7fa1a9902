import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/core/library';
import { shelfOf } from '../../src/core/library-shelf';
import { readTrees } from '../../src/node/read-trees';
import { matchesUnavailable, searchGuides } from '../../src/renderer/src/home/search-guides';

const trees = readTrees();
const tiny = { name: 'tiny.json', text: readFileSync(new URL('../fixtures/guides/tiny.json', import.meta.url), 'utf8') };
const { guides } = shelfOf(loadLibrary({ guides: [tiny], catalog: trees.catalog }));
const ids = (query: string) => searchGuides(guides, query).map((m) => m.guide.id);

describe('home search', () => {
  it('a blank query keeps every guide', () => {
    expect(ids('')).toEqual(['tiny']);
    expect(ids('   ')).toEqual(['tiny']);
  });

  it('finds guides by title, question prompt and service name, any case, every word', () => {
    expect(ids('TINY queue')).toEqual(['tiny']);
    expect(ids('peak messages')).toEqual(['tiny']);
    expect(ids('kinesis')).toEqual(['tiny']);
    expect(ids('tiny kubernetes')).toEqual([]);
  });

  it('says what matched when it was not the title', () => {
    const [match] = searchGuides(guides, 'peak messages');
    expect(match?.hint).toBe('Question: Peak messages per second?');
    expect(searchGuides(guides, 'tiny')[0]?.hint).toBeUndefined();
  });

  it('finds unavailable files by file name or title', () => {
    expect(matchesUnavailable({ file: 'broken.json', title: 'Broken guide' }, 'broken')).toBe(true);
    expect(matchesUnavailable({ file: 'broken.json' }, 'messaging')).toBe(false);
  });
});

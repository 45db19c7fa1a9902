import { describe, expect, it } from 'vitest';
import { longestRemaining } from '../../src/core/guide/graph';
import { loadLibrary } from '../../src/core/library';
import { libraryToJson } from '../../src/core/library-json';
import { shelfOf } from '../../src/core/library-shelf';
import { readTrees } from '../../src/node/read-trees';

const library = loadLibrary(readTrees());
const shelf = shelfOf(library);

describe('the home screen shelf', () => {
  it('has a card for every loaded guide, in library order, with the counts the card shows', () => {
    expect(shelf.guides.map((g) => g.id)).toEqual(library.guides.map((g) => g.id));
    for (const guide of library.guides) {
      const card = shelf.guides.find((g) => g.id === guide.id)!;
      expect(card).toMatchObject({ title: guide.title, purpose: guide.purpose, section: guide.section, outcomeCount: guide.outcomes.length });
      expect(card.mostQuestions).toBe(longestRemaining(guide, guide.start));
      expect(card.search.filter((f) => f.kind === 'question')).toHaveLength(guide.questions.length);
    }
  });

  it('keeps broken files and catalogue problems visible on the first screen', () => {
    const broken = loadLibrary({ guides: [{ name: 'broken.json', text: '{"id":"broken","title":"Broken guide"' }], catalog: readTrees().catalog });
    expect(shelfOf(broken).unavailable).toEqual([expect.objectContaining({ file: 'broken.json' })]);
  });

  it('is a small fraction of the library, which the page fetches after the first screen', () => {
    // The point of the split (issue 9): the first screen must not carry the guides' content.
    expect(JSON.stringify(shelf).length).toBeLessThan(libraryToJson(library).length / 10);
  });
});

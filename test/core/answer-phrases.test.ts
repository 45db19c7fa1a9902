import { describe, expect, it } from 'vitest';
import { answerPosition, fillTemplate } from '../../src/core/guide/answers';
import { renderArtefact } from '../../src/core/guide/artefact';
import { lintPhrases } from '../../src/core/guide/lint-phrases';
import type { ChoiceQuestion, Guide } from '../../src/core/guide/schema';
import { loadGuide } from '../helpers/guides';

const commitment = loadGuide('commitment');
const s3 = loadGuide('s3-storage-class');

function withoutPhrase(guide: Guide, question: string): Guide {
  const copy = structuredClone(guide);
  (copy.questions.find((q) => q.id === question) as ChoiceQuestion).choices.forEach((c) => delete c.phrase);
  return copy;
}

describe('answers inside sentences', () => {
  it('a choice cited mid-sentence reads as its phrase, quoted or at a sentence start as its label', () => {
    expect(fillTemplate(commitment, 'Sized on a {term} term.', { term: 'one-year' })).toBe('Sized on a one-year term.');
    expect(fillTemplate(commitment, 'You chose “{term}”.', { term: 'three-year' })).toBe('You chose “Three years”.');
    expect(fillTemplate(commitment, 'Sized. {term} it is.', { term: 'one-year' })).toBe('Sized. One year it is.');
    expect(fillTemplate(s3, 'Objects are read {accessPattern} after the first month.', { accessPattern: 'monthly' }))
      .toBe('Objects are read about once a month or less, but at once when needed after the first month.');
  });

  it('tells a mid-sentence reference from an echo and a sentence start', () => {
    expect(answerPosition('on a {term}', 5)).toBe('mid');
    expect(answerPosition('as ({term})', 4)).toBe('echo');
    expect(answerPosition('Done. {term}', 6)).toBe('start');
    expect(answerPosition('Term: {term}', 6)).toBe('start');
    expect(answerPosition('{term}', 0)).toBe('start');
  });

  it('the linter reports a capitalised label mid-sentence, naming the question and how it would read', () => {
    const problems = lintPhrases(withoutPhrase(commitment, 'term'), 'commitment.json');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.message).toMatch(/^\{term\} stands mid-sentence, where “One year”, “Three years” would read capitalised \(“….*on a One year…”\)/);
    expect(lintPhrases(commitment, 'commitment.json')).toEqual([]);
  });

  it('a label starting with an article or a capitalised word needs a phrase; acronyms and names do not', () => {
    const guide = structuredClone(commitment);
    const term = guide.questions.find((q) => q.id === 'term') as ChoiceQuestion;
    const labels = ['AWS', 'Google Cloud', 'EC2 instances', 'An Application Load Balancer', 'Azure'];
    term.choices = labels.map((label, i) => ({ value: `c${i}`, label, description: 'd' }));
    const message = lintPhrases(guide, 'commitment.json')[0]!.message;
    expect(message).toContain('where “An Application Load Balancer”, “Azure” would read capitalised');
  });

  it('an artefact description cites answers like every other text', () => {
    const perimeter = loadGuide('perimeter-protection');
    const outcome = perimeter.outcomes.find((o) => o.artefacts.some((a) => a.description.includes('{frontDoor}')))!;
    const artefact = outcome.artefacts.find((a) => a.description.includes('{frontDoor}'))!;
    const rendered = renderArtefact(perimeter, artefact, { frontDoor: 'alb' });
    expect(rendered.description).toContain('in the Region of the Application Load Balancer;');
  });
});

import { describe, expect, it } from 'vitest';
import { progressFraction, progressText } from '../../src/renderer/src/wizard/progress';

describe('wizard progress', () => {
  it('counts the questions after this one', () => {
    expect(progressText(3, 7)).toBe('Question 3 · at most 6 left');
    expect(progressText(1, 2)).toBe('Question 1 · at most 1 left');
    expect(progressText(4, 1)).toBe('Question 4 · last question');
  });

  it('fraction is the share certainly done', () => {
    expect(progressFraction(1, 5)).toBe(0);
    expect(progressFraction(3, 3)).toBeCloseTo(0.4);
    expect(progressFraction(5, 1)).toBeCloseTo(0.8);
  });
});

import { describe, expect, it } from 'vitest';
import { checkAnswer, fillTemplate, formatAnswer, unitFor } from '../../src/core/guide/answers';
import { FormulaError, evaluate, parseFormula } from '../../src/core/guide/formula';
import type { NumberQuestion } from '../../src/core/guide/schema';
import { loadFixture } from '../helpers/fixtures';

const guide = loadFixture('tiny.json');
const [pattern, rate] = guide.questions as [(typeof guide.questions)[0], NumberQuestion];

describe('answers', () => {
  it('accepts numbers written with thousands separators', () => {
    expect(checkAnswer(rate, '3,000')).toEqual({ ok: true, value: 3000 });
    expect(checkAnswer(rate, '12_500')).toEqual({ ok: true, value: 12500 });
  });

  it.each([
    ['', 'Enter a number from 0 to 1,000,000 msg/s.'],
    ['lots', '"lots" is not a number; enter a number from 0 to 1,000,000 msg/s.'],
    ['2.5', 'Enter a whole number from 0 to 1,000,000 msg/s.'],
    ['-1', '-1 is outside the range 0 to 1,000,000 msg/s.'],
    ['2000000', '2,000,000 is outside the range 0 to 1,000,000 msg/s.'],
  ])('rejects %j with a message naming the range', (raw, message) => {
    expect(checkAnswer(rate, raw)).toEqual({ ok: false, message });
  });

  it('names the allowed choices when a choice is wrong', () => {
    expect(checkAnswer(pattern, 'broadcast')).toEqual({
      ok: false,
      message: '"broadcast" is not an answer to pattern; choose one of: work-queue, fan-out',
    });
  });

  it('fills templates with labels and units, leaving unanswered ids visible', () => {
    const text = fillTemplate(guide, 'You want {pattern} at {rate}; {missing}.', { pattern: 'work-queue', rate: 1500 });
    expect(text).toBe('You want each message processed by one worker at 1,500 msg/s; {missing}.');
    expect(formatAnswer(rate, 0.5)).toBe('0.5 msg/s');
  });

  it('writes one of a plural unit in the singular, and leaves rates alone', () => {
    expect(unitFor(1, 'Regions')).toBe('Region');
    expect(unitFor(1, 'minutes')).toBe('minute');
    expect(unitFor(2, 'minutes')).toBe('minutes');
    expect(unitFor(1, 'Gbps')).toBe('Gbps');
    expect(unitFor(1, 'msg/s')).toBe('msg/s');
  });
});

describe('figure formulas', () => {
  it('computes the seed arithmetic: peering connections n(n-1)/2', () => {
    const expr = parseFormula('vpcs * (vpcs - 1) / 2');
    expect(evaluate(expr, { vpcs: 10 })).toBe(45);
    expect(evaluate(expr, { vpcs: 100 })).toBe(4950);
  });

  it('respects precedence, unary minus and functions', () => {
    expect(evaluate(parseFormula('-2 + 3 * 4'), {})).toBe(10);
    expect(evaluate(parseFormula('ceil(max(a / 1, b / 1000))'), { a: 2.5, b: 100 })).toBe(3);
  });

  it.each([['1 +'], ['x ** 2'], ['eval(1)'], ['(1 + 2'], ['2 3']])('rejects %j instead of running it', (src) => {
    expect(() => parseFormula(src)).toThrow(FormulaError);
  });
});

import { describe, expect, it } from 'vitest';
import { allowedValues, parseAnswerArgs, parseNumberText } from '../../src/core/guide/answer-args';
import { guideSchema, type Guide } from '../../src/core/guide/schema';
import { TINY_TEXT } from './helpers';

const tiny: Guide = guideSchema.parse(JSON.parse(TINY_TEXT));
/** tiny with a fractional number question, to check decimals are accepted where allowed. */
const fractional: Guide = guideSchema.parse({
  ...JSON.parse(TINY_TEXT),
  questions: JSON.parse(TINY_TEXT).questions.map((q: { id: string }) => (q.id === 'rate' ? { ...q, integer: false } : q)),
});

describe('parseNumberText', () => {
  it.each([
    ['3000', 3000], ['3,000', 3000], ['3_000', 3000], ['0.5', 0.5], ['.5', 0.5], ['1,234,567.25', 1234567.25],
    ['1e6', 1_000_000], [' 42 ', 42], ['-7', -7], ['10_000_000', 10_000_000],
  ])('%j → %d', (raw, value) => expect(parseNumberText(raw)).toBe(value));

  it.each(['', 'abc', '0x10', '30,00', '3,0000', '3__000', '_3', '3_', '1e999', 'Infinity', '12abc', '1.2.3'])('%j is not a number', (raw) =>
    expect(parseNumberText(raw)).toBeUndefined());
});

describe('parseAnswerArgs', () => {
  it('accepts a decimal where the question allows fractions', () => {
    const r = parseAnswerArgs(fractional, ['pattern=work-queue', 'rate=0.5']);
    expect(r).toMatchObject({ ok: true, answers: { pattern: 'work-queue', rate: 0.5 }, decision: { status: 'outcome', outcome: 'fifo' } });
  });

  it('splits at the first "=" only and trims the question id', () => {
    const r = parseAnswerArgs(tiny, [' pattern =fan-out']);
    expect(r).toMatchObject({ ok: true, decision: { status: 'outcome', outcome: 'topic' } });
  });

  it('returns the pending question when answers stop short', () => {
    expect(parseAnswerArgs(tiny, ['pattern=work-queue'])).toMatchObject({ ok: true, decision: { status: 'pending', question: 'rate' } });
  });

  it('names the nearest question id for a typo, and none when nothing is close', () => {
    expect(parseAnswerArgs(tiny, ['pattern=work-queue', 'ratte=10'])).toEqual({ ok: false, message: 'unknown question "ratte" in guide tiny; did you mean rate?; questions: pattern, rate' });
    expect(parseAnswerArgs(tiny, ['Pattern=fan-out'])).toMatchObject({ message: expect.stringContaining('did you mean pattern?') });
    expect(parseAnswerArgs(tiny, ['speed=10'])).toEqual({ ok: false, message: 'unknown question "speed" in guide tiny; questions: pattern, rate' });
  });

  it('describes what a question accepts', () => {
    expect(allowedValues(tiny.questions[0]!)).toBe('one of: work-queue, fan-out');
    expect(allowedValues(tiny.questions[1]!)).toBe('a whole number from 0 to 1,000,000 msg/s');
    expect(allowedValues(fractional.questions[1]!)).toBe('a number from 0 to 1,000,000 msg/s');
  });
});

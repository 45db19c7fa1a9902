import { expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { evaluate, parseFormula } from '../../src/core/guide/formula';
import type { Answers, Guide } from '../../src/core/guide/schema';

export type Scenario = { situation: string; answers: Answers; expected: string };

/**
 * The two checks every scenario table makes: the guide reaches the outcome a senior
 * architect would pick, and asks exactly the questions the scenario answers (so a scenario
 * cannot pass on answers the guide never reads).
 */
export function itDecidesScenarios(guide: Guide, scenarios: Scenario[]): void {
  it.each(scenarios)('$situation → $expected', ({ answers, expected }) => {
    expect(decide(guide, answers)).toMatchObject({ status: 'outcome', outcome: expected });
  });

  it.each(scenarios)('asks exactly the questions answered: $situation', ({ answers }) => {
    const result = decide(guide, answers);
    expect(result.status).toBe('outcome');
    expect(new Set(Object.keys(result.answers))).toEqual(new Set(Object.keys(answers)));
  });
}

/** The value of an outcome's figure, found by its label, for the given numbers. */
export function figureValue(guide: Guide, outcome: string, label: RegExp, numbers: Record<string, number>): number {
  const figure = guide.outcomes.find((o) => o.id === outcome)?.figures.find((f) => label.test(f.label));
  if (!figure) throw new Error(`${guide.id}/${outcome} has no figure matching ${label}`);
  return evaluate(parseFormula(figure.formula), numbers);
}

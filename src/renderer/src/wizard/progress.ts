/**
 * "Question 3 · at most 6 left". `atMostLeft` from currentStep counts the current question;
 * people read "left" as the ones after this one, so the text counts those.
 */
export function progressText(number: number, atMostLeft: number): string {
  const after = Math.max(0, atMostLeft - 1);
  return after === 0 ? `Question ${number} · last question` : `Question ${number} · at most ${after} left`;
}

/** The share of the guide certainly done: answered / (answered + the most still to come). */
export function progressFraction(number: number, atMostLeft: number): number {
  const done = Math.max(0, number - 1);
  const total = done + Math.max(1, atMostLeft);
  return total === 0 ? 0 : done / total;
}

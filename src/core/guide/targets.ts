const OUTCOME_PREFIX = 'outcome:';

export type Target = { kind: 'question'; id: string } | { kind: 'outcome'; id: string };

export function parseTarget(to: string): Target {
  return to.startsWith(OUTCOME_PREFIX)
    ? { kind: 'outcome', id: to.slice(OUTCOME_PREFIX.length) }
    : { kind: 'question', id: to };
}

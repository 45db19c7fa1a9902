import { useCallback, useMemo, useState } from 'react';
import type { CatalogIndex } from '../../../core/catalog/load';
import type { AnswerValue, Answers, Guide } from '../../../core/guide/schema';
import type { Decided } from '../../../core/recommendation/build';
import { compareDecisions, type Comparison } from '../../../core/whatif/compare';
import { decide, type Decision } from '../../../core/guide/decide';

export type WhatIf = {
  /** every answer the what-if holds, including ones its path does not (yet) ask */
  given: Answers;
  decision: Decision;
  comparison: Comparison;
};

/**
 * A what-if beside the recommendation `decided`. It is tied to that recommendation: once the
 * wizard's outcome changes (kept, restarted, went back), the old what-if no longer shows.
 * Answers stay in `given` even when the new path skips them, so answering a question the
 * change opened picks the later answers up again.
 */
export function useWhatIf(guide: Guide, catalog: CatalogIndex, decided: Decided) {
  const [state, setState] = useState<{ base: Decided; given: Answers } | null>(null);
  const given = state?.base === decided ? state.given : undefined;

  const whatIf = useMemo<WhatIf | undefined>(() => {
    if (!given) return undefined;
    const decision = decide(guide, given);
    return { given, decision, comparison: compareDecisions(guide, catalog, decided, decision) };
  }, [guide, catalog, decided, given]);

  /** Change one answer: on top of the open what-if, or of the recommendation. */
  const change = useCallback((question: string, value: AnswerValue) => {
    setState((s) => ({ base: decided, given: { ...(s?.base === decided ? s.given : decided.answers), [question]: value } }));
  }, [decided]);
  const open = useCallback((answers: Answers) => setState({ base: decided, given: answers }), [decided]);
  const discard = useCallback(() => setState(null), []);

  return { whatIf, change, open, discard };
}

import { useEffect, useState } from 'react';
import type { Library } from '../../../core/library';
import type { RehearsalBank } from '../../../core/rehearsal/bank';
import { loadQuestionBank, type QuestionBank } from '../../../core/rehearsal/question-bank';
import { toDataFiles } from '../library/bundled-library';

/*
 * The interview questions are bundled as raw text like the guides, but NOT eagerly: each
 * section file is its own chunk, fetched the first time a question activity or the progress
 * page needs them, so neither the home screen nor the rest of rehearsal mode pays for them.
 */
const loaders = import.meta.glob<string>(
  ['../../../../decision-trees/questions/*.json', '!../../../../decision-trees/questions/*schema.json'],
  { query: '?raw', import: 'default' },
);

const banks = new WeakMap<RehearsalBank, Promise<QuestionBank>>();

/** Load and lint the questions once per rehearsal bank (links are checked against its scenarios and cards). */
export function loadBundledQuestions(library: Library, bank: RehearsalBank): Promise<QuestionBank> {
  let pending = banks.get(bank);
  if (!pending) {
    pending = Promise.all(Object.entries(loaders).map(async ([path, load]) => [path, await load()] as const)).then((entries) =>
      loadQuestionBank(toDataFiles(Object.fromEntries(entries)), {
        guides: new Set(library.guides.map((g) => g.id)),
        scenarios: new Set(bank.scenarios.map((s) => s.id)),
        flashcards: new Set(bank.cards.map((c) => c.id)),
      }),
    );
    banks.set(bank, pending);
  }
  return pending;
}

export type QuestionBankState = { status: 'loading' } | { status: 'ready'; bank: QuestionBank } | { status: 'error'; message: string };

export function useQuestionBank(library: Library, bank: RehearsalBank): QuestionBankState {
  const [state, setState] = useState<QuestionBankState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadBundledQuestions(library, bank).then(
      (questions) => live && setState({ status: 'ready', bank: questions }),
      (error: unknown) => live && setState({ status: 'error', message: `The interview questions could not be loaded (${error instanceof Error ? error.message : String(error)}).` }),
    );
    return () => {
      live = false;
    };
  }, [library, bank]);
  return state;
}

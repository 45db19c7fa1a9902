import type { Library } from '../../../core/library';
import { loadRehearsalBank, type RehearsalBank } from '../../../core/rehearsal/bank';
import { toDataFiles } from '../library/bundled-library';

/*
 * Scenarios and flashcards bundled as raw text, like the guides: a malformed file reaches
 * the loader, which sets it aside with the reason, instead of breaking the build. They live
 * in sub-folders the guide globs (top level only) never match.
 */
const scenarioTexts = import.meta.glob<string>('../../../../decision-trees/scenarios/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const flashcardTexts = import.meta.glob<string>('../../../../decision-trees/flashcards/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const banks = new WeakMap<Library, RehearsalBank>();

/** The bundled bank checked against the library's guides, loaded once per library. */
export function bundledBank(library: Library): RehearsalBank {
  let bank = banks.get(library);
  if (!bank) {
    bank = loadRehearsalBank({ scenarios: toDataFiles(scenarioTexts), flashcards: toDataFiles(flashcardTexts) }, library.guides, library.facts);
    banks.set(library, bank);
  }
  return bank;
}

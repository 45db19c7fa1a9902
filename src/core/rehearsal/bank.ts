import type { DataFile } from '../data/data-file';
import { lintAgreement, lintFactRefs } from '../facts/agreement';
import { emptyFacts, type FactIndex } from '../facts/load';
import { resolveFactRefs } from '../facts/refs';
import { fromZod, parseJsonText } from '../guide/parse';
import type { Problem } from '../guide/problems';
import type { Guide } from '../guide/schema';
import { duplicateIds, lintFlashcard, lintScenario } from './lint';
import { flashcardDeckSchema, scenarioFileSchema, type Flashcard, type Scenario } from './schema';

/** Everything rehearsal mode practises, with what failed validation set aside (and why). */
export type RehearsalBank = {
  scenarios: Scenario[];
  cards: Flashcard[];
  problems: Problem[];
};

const baseName = (file: string) => file.replace(/\.json$/, '');

/**
 * Parse and lint the scenario and flashcard files against the loaded guides. A broken
 * scenario is dropped on its own; a scenario whose guide is not loaded is dropped too, so
 * the drill never shows a situation it cannot walk.
 */
export function loadRehearsalBank(
  input: { scenarios: DataFile[]; flashcards: DataFile[] }, guides: Guide[], facts?: FactIndex,
): RehearsalBank {
  // Texts may cite {fact:id}; with the facts file given, they must name a known fact, state
  // no number against one, and are shown resolved. Without it (older callers), texts are kept as written.
  const factProblems = (value: unknown, file: string, at: string) =>
    facts ? [...lintFactRefs(value, file, facts, at), ...lintAgreement(value, file, facts, at)] : [];
  const resolve = <T,>(value: T): T => resolveFactRefs(value, facts ?? emptyFacts());
  const problems: Problem[] = [];
  const byId = new Map(guides.map((g) => [g.id, g]));
  const scenarios: Scenario[] = [];
  const scenarioIds: { id: string; file: string; at: string }[] = [];

  for (const file of input.scenarios) {
    const json = parseJsonText(file.name, file.text);
    const parsed = json.ok ? fromZod(file.name, scenarioFileSchema.safeParse(json.value)) : json;
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    if (parsed.value.guide !== baseName(file.name)) {
      problems.push({ file: file.name, path: 'guide', message: `the file for guide "${parsed.value.guide}" must be named ${parsed.value.guide}.json` });
    }
    const guide = byId.get(parsed.value.guide);
    if (!guide) {
      problems.push({ file: file.name, path: 'guide', message: `guide "${parsed.value.guide}" is not loaded` });
      continue;
    }
    parsed.value.scenarios.forEach((scenario, i) => {
      const at = `scenarios[${i}]`;
      scenarioIds.push({ id: scenario.id, file: file.name, at });
      const found = [...lintScenario(guide, scenario, file.name, at), ...factProblems(scenario, file.name, at)];
      problems.push(...found);
      if (found.length === 0) scenarios.push(resolve(scenario));
    });
  }
  problems.push(...duplicateIds(scenarioIds));

  const cards: Flashcard[] = [];
  const cardIds: { id: string; file: string; at: string }[] = [];
  const guideIds = new Set(byId.keys());
  for (const file of input.flashcards) {
    const json = parseJsonText(file.name, file.text);
    const parsed = json.ok ? fromZod(file.name, flashcardDeckSchema.safeParse(json.value)) : json;
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    parsed.value.cards.forEach((card, i) => {
      const at = `cards[${i}]`;
      cardIds.push({ id: card.id, file: file.name, at });
      const found = [...lintFlashcard(card, guideIds, file.name, at), ...factProblems(card, file.name, at)];
      problems.push(...found);
      if (found.length === 0) cards.push(resolve(card));
    });
  }
  const duplicates = duplicateIds(cardIds);
  problems.push(...duplicates);
  // Keep the first of two cards sharing an id: progress is stored by id.
  const seen = new Set<string>();
  const unique = cards.filter((c) => !seen.has(c.id) && seen.add(c.id));
  const seenScenario = new Set<string>();
  const uniqueScenarios = scenarios.filter((s) => !seenScenario.has(s.id) && seenScenario.add(s.id));
  return { scenarios: uniqueScenarios, cards: unique, problems };
}

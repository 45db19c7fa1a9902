import type { CatalogIndex } from './catalog/load';
import { longestRemaining } from './guide/graph';
import type { Problem } from './guide/problems';
import { serviceIdOf, type Guide } from './guide/schema';
import type { SeedSectionId } from './guide/sections';
import type { Library, UnavailableGuide } from './library';

/*
 * What the home screen needs of the library, and nothing more: a card and the words it can
 * be found by per guide. The web and desktop builds bundle this with the first screen and
 * fetch the whole library (every question, outcome, fact and catalogue entry, ~440 KB gzip)
 * only once the first screen is up.
 */

/** One thing a guide can be found by on the home screen. */
export type SearchField = { kind: 'title' | 'purpose' | 'question' | 'service'; text: string };

/** A guide as the home screen shows it. */
export type GuideSummary = {
  id: string;
  title: string;
  purpose: string;
  section: SeedSectionId;
  /** the most questions a run can ask (longest path from the first question) */
  mostQuestions: number;
  outcomeCount: number;
  /** title, purpose, question prompts and the names of the services it can recommend or draw */
  search: SearchField[];
};

/** The home screen's view of a Library. */
export type Shelf = {
  guides: GuideSummary[];
  unavailable: UnavailableGuide[];
  catalogProblems: Problem[];
};

/** Everything a guide can be found by: its title, purpose, question prompts and service names (generic glyphs excluded). */
export function searchFields(guide: Guide, catalog: CatalogIndex): SearchField[] {
  const serviceIds = new Set(guide.outcomes.flatMap((o) => [...o.services.map(serviceIdOf), ...o.diagram.nodes.map((n) => n.service)]));
  const services = [...serviceIds].flatMap((id) => {
    const s = catalog.byId.get(id);
    return s && s.provider !== 'generic' ? [{ kind: 'service' as const, text: s.name }] : [];
  });
  return [
    { kind: 'title', text: guide.title },
    { kind: 'purpose', text: guide.purpose },
    ...guide.questions.map((q) => ({ kind: 'question' as const, text: q.prompt })),
    ...services,
  ];
}

/** The summary of one guide (see GuideSummary). */
export function summarizeGuide(guide: Guide, catalog: CatalogIndex): GuideSummary {
  return {
    id: guide.id,
    title: guide.title,
    purpose: guide.purpose,
    section: guide.section,
    mostQuestions: longestRemaining(guide, guide.start),
    outcomeCount: guide.outcomes.length,
    search: searchFields(guide, catalog),
  };
}

/** The home screen's view of a loaded library: guides in library order, unavailable files and catalogue problems as they are. */
export function shelfOf(library: Library): Shelf {
  return {
    guides: library.guides.map((g) => summarizeGuide(g, library.catalog)),
    unavailable: library.unavailable,
    catalogProblems: library.catalogProblems,
  };
}

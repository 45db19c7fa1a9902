import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Shelf } from '../../../core/library-shelf';
import { SEED_SECTIONS, SEED_SECTION_IDS } from '../../../core/guide/sections';
import { ArchitectureEntry } from '../architecture/ArchitectureEntry';
import { RehearseBanner } from '../rehearsal/RehearseEntry';
import { CatalogProblems } from './CatalogProblems';
import { GuideCard } from './GuideCard';
import { matchesUnavailable, searchGuides } from './search-guides';
import { UnavailableGuides } from './UnavailableGuides';

type Props = {
  /** the guides' summaries (the whole library loads after the first screen) */
  shelf: Shelf;
  /** the search box's text, owned by the caller so it survives the first screen's hand-over */
  query: string;
  onQuery: (query: string) => void;
  lastGuide: string | null;
  /** the guide the user just left, to put focus back on its card */
  returnFrom: string | null;
  onOpen: (id: string) => void;
  /** the Recent sessions panel (src/renderer/src/sessions), shown above the guides */
  recent?: ReactNode;
  /** opens rehearsal mode (src/renderer/src/rehearsal) */
  onRehearse?: () => void;
  /** opens the Architecture screen: several guides merged into one diagram */
  onArchitecture?: () => void;
};

export function HomeScreen({ shelf, query, onQuery, lastGuide, returnFrom, onOpen, recent, onRehearse, onArchitecture }: Props) {
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const matches = useMemo(() => searchGuides(shelf.guides, query), [shelf, query]);
  const unavailable = shelf.unavailable.filter((u) => matchesUnavailable(u, query));
  const groups = SEED_SECTION_IDS.map((id) => ({ id, title: SEED_SECTIONS[id], items: matches.filter((m) => m.guide.section === id) })).filter(
    (g) => g.items.length > 0,
  );

  useEffect(() => {
    const card = returnFrom ? listRef.current?.querySelector<HTMLElement>(`[data-guide="${CSS.escape(returnFrom)}"]`) : null;
    (card ?? searchRef.current)?.focus();
  }, [returnFrom]);

  // "/" jumps to search from anywhere on the home screen, as in most desktop tools.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
      e.preventDefault();
      searchRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const cards = () => [...(listRef.current?.querySelectorAll<HTMLElement>('button.guide-card') ?? [])];
  const moveFocus = (e: KeyboardEvent) => {
    const all = cards();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[e.key];
    if (e.key === 'Home' || e.key === 'End') {
      if (at < 0) return;
      e.preventDefault();
      all[e.key === 'Home' ? 0 : all.length - 1]?.focus();
    } else if (step && at >= 0) {
      e.preventDefault();
      if (at + step < 0) searchRef.current?.focus();
      else all[Math.min(at + step, all.length - 1)]?.focus();
    }
  };
  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      cards()[0]?.focus();
    } else if (e.key === 'Enter' && matches.length > 0) {
      e.preventDefault();
      onOpen(matches[0]!.guide.id);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      onQuery('');
    }
  };

  const total = shelf.guides.length;
  return (
    <div className="home">
      <div className="home-intro">
        <h1 className="home-intro__title">Decision guides</h1>
        <p className="home-intro__lead">
          Answer a few questions, get the services to use with the reasoning behind them, the alternatives ruled out, and the
          architecture drawn.
        </p>
      </div>
      {recent}
      {onArchitecture && <ArchitectureEntry onOpen={onArchitecture} />}
      {onRehearse && <RehearseBanner onOpen={onRehearse} />}
      <div className="home-toolbar" role="search">
        <label className="search">
          <span className="visually-hidden">Search guides</span>
          <svg className="search__icon" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
            <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
          <input
            ref={searchRef}
            type="search"
            className="search__input"
            placeholder="Search guides, questions, services…"
            value={query}
            onChange={(e) => onQuery(e.target.value)}
            onKeyDown={onSearchKey}
            aria-describedby="search-status"
          />
          <kbd className="search__kbd" aria-hidden="true">/</kbd>
        </label>
        <p id="search-status" className="home-toolbar__status" aria-live="polite">
          {query ? `${matches.length} of ${total} guides match` : `${total} ${total === 1 ? 'guide' : 'guides'}`}
        </p>
      </div>
      <CatalogProblems problems={shelf.catalogProblems} />
      <div ref={listRef} className="home-groups" onKeyDown={moveFocus}>
        {groups.map((group) => (
          <section key={group.id} className="home-group" aria-labelledby={`group-${group.id}`}>
            <h2 id={`group-${group.id}`} className="home-group__title">
              {group.title} <span className="home-group__count">{group.items.length}</span>
            </h2>
            <ul className="guide-grid" role="list">
              {group.items.map(({ guide, hint }) => (
                <li key={guide.id}>
                  <GuideCard guide={guide} hint={hint} lastOpened={guide.id === lastGuide} onOpen={onOpen} />
                </li>
              ))}
            </ul>
          </section>
        ))}
        {groups.length === 0 && (
          <p className="empty-state">{query ? `No guide mentions “${query}”.` : 'No guides are available.'}</p>
        )}
        <UnavailableGuides items={unavailable} />
      </div>
    </div>
  );
}

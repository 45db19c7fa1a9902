import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import './styles/wizard.css';
import './styles/recommendation.css';
import type { Library } from '../../core/library';
import type { Guide } from '../../core/guide/schema';
import type { Shelf } from '../../core/library-shelf';
import { Header } from './components/Header';
import type { Architecture } from '../../core/architecture/model';
import { OpenFileButton } from './export/OpenFileButton';
import { warmUpLayout } from './diagram/layout-service';
import { preloadGuideLayouts } from './diagram/precomputed-layouts';
import { HomeScreen } from './home/HomeScreen';
import { useLibrary } from './library/use-library';
import type { Intent } from './boot/intents';
import { RecentPlaceholder } from './sessions/RecentPlaceholder';
import { getPlatform } from './platform';
import { RecentSessions } from './sessions/RecentSessions';
import { SaveStatus } from './sessions/SaveStatus';
import { StoreBanner } from './sessions/StoreBanner';
import { Toasts } from './sessions/Toasts';
import { useSessionHost } from './sessions/useSessionHost';
import { useSettings } from './settings/useSettings';

/*
 * The home screen carries only itself: each other screen is its own chunk, fetched when it
 * first opens (and prefetched once the home screen is up, see below). The wizard brings the
 * recommendation and React Flow; rehearsal its bank of scenarios and flashcards.
 */
const loadWizard = () => import('./wizard/WizardScreen');
const loadRehearsal = () => import('./rehearsal/RehearsalScreen');
const loadArchitecture = () => import('./architecture/ArchitectureScreen');
const OpenedArchitecture = lazy(async () => ({ default: (await import('./export/OpenedArchitecture')).OpenedArchitecture }));
const WizardScreen = lazy(async () => ({ default: (await loadWizard()).WizardScreen }));
const RehearsalScreen = lazy(async () => ({ default: (await loadRehearsal()).RehearsalScreen }));
const ArchitectureScreen = lazy(async () => ({ default: (await loadArchitecture()).ArchitectureScreen }));

/** Shown for the moment a screen's chunk (or the library) is on its way. */
const Loading = () => (
  <p className="screen-loading" role="status">
    Loading…
  </p>
);

/** A screen that needs the whole library, before it has arrived or when it could not. */
const LibraryPending = ({ error }: { error?: string }) =>
  error ? (
    <p className="screen-loading" role="alert">
      The guides could not be loaded ({error}). Reload the window to try again.
    </p>
  ) : (
    <Loading />
  );

type Props = {
  /** the home screen's summaries, bundled with the first screen */
  shelf: Shelf;
  /** the whole library (guides, catalogue, facts), fetched once the first screen is up */
  loadLibrary: () => Promise<Library>;
  /** the home screen's search, owned by the entry (boot/Root.tsx) so the first screen's carries over */
  query: string;
  onQuery: (query: string) => void;
  /** what was asked of the first screen before this mounted, oldest first */
  intents: readonly Intent[];
  /** the guide card focused on the first screen when this mounted: focus goes back to it */
  focusGuide?: string | null;
};

const NO_GUIDES: readonly Guide[] = [];

/**
 * The workbench: every screen, the session, settings and rehearsal stores, the library once
 * it arrives. Its own chunk, mounted after the first screen (boot/Root.tsx) has painted.
 */
export function App({ shelf, loadLibrary, query, onQuery, intents, focusGuide = null }: Props) {
  const [platform] = useState(getPlatform);
  const { library, error: libraryError } = useLibrary(loadLibrary);
  const { settings, update } = useSettings(platform.settings);
  // Rehearsal mode replaces the home screen; an open guide still takes precedence.
  const [rehearsing, setRehearsing] = useState(false);
  // The Architecture screen (several guides, one diagram); its session is saved like a guide's and survives a trip home.
  const [composing, setComposing] = useState(false);
  // An architecture opened from its exported JSON (Open…), shown until closed.
  const [opened, setOpened] = useState<{ model: Architecture; fileName: string } | null>(null);
  const showArchitecture = useCallback(() => {
    setRehearsing(false);
    setComposing(true);
  }, []);
  // Which guide is open is which session is open: every guide run is a saved session.
  // Until the library arrives there are no guides to resume into; the Recent list waits for it.
  const host = useSessionHost(platform, library?.guides ?? NO_GUIDES, showArchitecture);
  const { open, start, close } = host;
  const [leftFrom, setLeftFrom] = useState<string | null>(focusGuide);
  const guide = open?.guide;

  // The guide asked for while the library is on its way: the home screen (and its search box,
  // which would take the keys typed meanwhile) gives way to "Loading…" until it opens.
  const [opening, setOpening] = useState<string | null>(null);
  const openGuide = useCallback(
    (id: string) => {
      update({ lastGuide: id });
      setOpening(id);
      void loadLibrary().then(
        (loaded) => {
          const chosen = loaded.guides.find((g) => g.id === id);
          if (chosen) start(chosen);
          setOpening(null);
        },
        () => setOpening(null), // useLibrary reports the failure
      );
    },
    [loadLibrary, start, update],
  );
  const goHome = useCallback(() => {
    setLeftFrom(guide?.id ?? null);
    close();
  }, [guide, close]);
  const home = useCallback(() => {
    setOpened(null);
    setRehearsing(false);
    setComposing(false);
    goHome();
  }, [goHome]);
  const rehearse = useCallback(() => {
    if (guide) goHome();
    setComposing(false);
    setRehearsing(true);
  }, [guide, goHome]);
  const compose = useCallback(() => {
    if (guide) goHome();
    setRehearsing(false);
    setComposing(true);
  }, [guide, goHome]);

  useEffect(() => {
    document.title = guide ? `${guide.title} · Archtree` : 'Archtree';
  }, [guide]);

  // The first screen's clicks, carried out once, in order (a ref, so StrictMode's second run does not repeat them).
  const handled = useRef(0);
  useEffect(() => {
    for (const intent of intents.slice(handled.current)) {
      if (intent.kind === 'guide') openGuide(intent.id);
      else if (intent.kind === 'rehearse') rehearse();
      else if (intent.kind === 'compose') compose();
      else update({ theme: intent.theme });
    }
    handled.current = intents.length;
  }, [intents, openGuide, rehearse, compose, update]);

  // A guide's diagrams were laid out at build time: fetch its table as the guide opens, so the
  // last answer's diagram is a lookup. The worker (ELK) starts too, for what-if variants and
  // anything else the table does not hold.
  useEffect(() => {
    if (!guide) return;
    void preloadGuideLayouts(guide.id);
    warmUpLayout();
  }, [guide]);

  // Once the first screen is up and the page idle, fetch the wizard's chunk (the likeliest
  // next step) so the first guide opens without a network round trip.
  useEffect(() => {
    const prefetch = () => void loadWizard();
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(prefetch, { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(prefetch, 200);
    return () => clearTimeout(timer);
  }, []);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header
        crumb={guide?.title ?? (rehearsing ? 'Rehearse' : composing ? 'Architecture' : undefined)}
        theme={settings.theme}
        onTheme={(theme) => update({ theme })}
        onHome={home}
        onRehearse={rehearse}
        rehearsing={rehearsing && !guide}
      />
      <main id="main" className="app-main">
        <StoreBanner notices={host.model.listing.notices} onDismiss={(id) => void host.model.dismiss(id)} />
        <Suspense fallback={<Loading />}>
        {/* One h1 per screen: home and rehearsal carry their own; an open guide or the composer is named here. */}
        {open ? <h1 className="visually-hidden">{open.guide.title}</h1> : composing && !rehearsing && !opened ? <h1 className="visually-hidden">Architecture</h1> : null}
        {opened && !open ? (
          <OpenedArchitecture model={opened.model} fileName={opened.fileName} onClose={() => setOpened(null)} />
        ) : open && library ? (
          <>
            <WizardScreen
              key={open.session.id}
              guide={open.guide}
              catalog={library.catalog}
              platform={platform}
              onHome={goHome}
              resume={open.snapshot}
              onSnapshot={host.autosave.onSnapshot}
            />
            <SaveStatus state={host.autosave.state} />
          </>
        ) : rehearsing ? (
          library ? <RehearsalScreen platform={platform} library={library} onOpenGuide={openGuide} /> : <LibraryPending error={libraryError} />
        ) : opening ? (
          <LibraryPending error={libraryError} />
        ) : composing ? (
          library ? (
            <>
              <ArchitectureScreen library={library} platform={platform} state={host.architecture.state} onChange={host.architecture.change} />
              <SaveStatus state={host.architecture.save} />
            </>
          ) : (
            <LibraryPending error={libraryError} />
          )
        ) : (
          <HomeScreen
            onRehearse={rehearse}
            onArchitecture={compose}
            shelf={shelf}
            query={query}
            onQuery={onQuery}
            lastGuide={settings.lastGuide}
            returnFrom={leftFrom}
            onOpen={openGuide}
            recent={
              library ? (
                <>
                  <OpenFileButton platform={platform} guides={library.guides} onArchitecture={(model, fileName) => setOpened({ model, fileName })} />
                  <RecentSessions model={host.model} guides={library.guides} loadArchive={platform.sessions.archive} onOpen={host.resume} />
                </>
              ) : libraryError ? (
                <LibraryPending error={libraryError} />
              ) : (
                <RecentPlaceholder />
              )
            }
          />
        )}
        </Suspense>
      </main>
      <Toasts toasts={host.toasts.toasts} onDismiss={host.toasts.dismiss} />
    </div>
  );
}

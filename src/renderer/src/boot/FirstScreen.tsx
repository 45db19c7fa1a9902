import { useState } from 'react';
import type { Shelf } from '../../../core/library-shelf';
import type { Theme } from '../../../core/settings/schema';
import { Header } from '../components/Header';
import { HomeScreen } from '../home/HomeScreen';
import { RecentPlaceholder } from '../sessions/RecentPlaceholder';
import { applyTheme } from '../settings/apply-theme';
import type { Intent } from './intents';

type Props = {
  shelf: Shelf;
  query: string;
  onQuery: (query: string) => void;
  onIntent: (intent: Intent) => void;
  /** the guide card that has focus, so the workbench puts focus back on it when it takes over */
  onFocusGuide: (id: string | null) => void;
};

/**
 * The home screen as the entry chunk draws it, from the shelf alone: the same header and
 * cards the workbench shows, with its actions recorded as intents until the workbench (which
 * brings the session and settings stores and their validation) takes over a moment later.
 */
export function FirstScreen({ shelf, query, onQuery, onIntent, onFocusGuide }: Props) {
  // Until the saved setting arrives with the workbench, the theme follows the OS (as main.tsx applied it).
  const [theme, setTheme] = useState<Theme>('system');
  const chooseTheme = (value: Theme) => {
    setTheme(value);
    applyTheme(value);
    onIntent({ kind: 'theme', theme: value });
  };
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header theme={theme} onTheme={chooseTheme} onHome={() => onQuery('')} onRehearse={() => onIntent({ kind: 'rehearse' })} />
      <main id="main" className="app-main" onFocus={(e) => onFocusGuide(e.target instanceof HTMLElement ? (e.target.dataset.guide ?? null) : null)}>
        <HomeScreen
          shelf={shelf}
          query={query}
          onQuery={onQuery}
          lastGuide={null}
          returnFrom={null}
          onOpen={(id) => onIntent({ kind: 'guide', id })}
          onRehearse={() => onIntent({ kind: 'rehearse' })}
          onArchitecture={() => onIntent({ kind: 'compose' })}
          recent={<RecentPlaceholder />}
        />
      </main>
    </div>
  );
}

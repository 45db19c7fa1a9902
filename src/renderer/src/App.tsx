import { useCallback, useEffect, useState } from 'react';
import type { Library } from '../../core/library';
import { Header } from './components/Header';
import { HomeScreen } from './home/HomeScreen';
import type { Platform } from './platform';
import { useSettings } from './settings/useSettings';
import { WizardScreen } from './wizard/WizardScreen';

type Props = { platform: Platform; library: Library };

export function App({ platform, library }: Props) {
  const { settings, update } = useSettings(platform.settings);
  const [open, setOpen] = useState<string | null>(null);
  const [leftFrom, setLeftFrom] = useState<string | null>(null);
  const guide = open ? library.guides.find((g) => g.id === open) : undefined;

  const openGuide = useCallback(
    (id: string) => {
      setOpen(id);
      update({ lastGuide: id });
    },
    [update],
  );
  const goHome = useCallback(() => {
    setLeftFrom(open);
    setOpen(null);
  }, [open]);

  useEffect(() => {
    document.title = guide ? `${guide.title} · Archtree` : 'Archtree';
  }, [guide]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header crumb={guide?.title} theme={settings.theme} onTheme={(theme) => update({ theme })} onHome={goHome} />
      <main id="main" className="app-main">
        {guide ? (
          <WizardScreen key={guide.id} guide={guide} catalog={library.catalog} platform={platform} onHome={goHome} />
        ) : (
          <HomeScreen library={library} lastGuide={settings.lastGuide} returnFrom={leftFrom} onOpen={openGuide} />
        )}
      </main>
    </div>
  );
}

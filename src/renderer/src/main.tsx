import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import './styles/theme.css';
import './styles/base.css';
import './styles/app.css';
import './styles/home.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './boot/Root';
// Made at build time (scripts/vite-prebuilt-library.ts): the home screen's summaries only; the
// whole library (validated and linted there too) is a chunk of its own, fetched after first paint.
import shelf from 'virtual:archtree/shelf';
import { loadBundledLibrary } from './library/lazy-library';
import { applyTheme } from './settings/apply-theme';

// Follow the OS until the saved setting arrives (a microtask later), so there is no flash.
applyTheme('system');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Root shelf={shelf} loadLibrary={loadBundledLibrary} />
  </StrictMode>,
);

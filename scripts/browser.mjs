// Which Chromium the end-to-end tests drive. Shared by playwright.config.ts (to launch it) and
// scripts/provision-browser.mjs (to install one when there is none).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Debian's package (apt-get install chromium) installs here. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Where Playwright's own Chromium lives once `playwright install chromium` has run; null if unknown. */
export function playwrightChromium() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    return chromium.executablePath();
  } catch {
    return null;
  }
}

/**
 * The browser to test in: $ARCHTREE_CHROMIUM if set, else Debian's /usr/bin/chromium, else
 * Playwright's own download. Returns { path, source } for one that exists, or null.
 */
export function findChromium() {
  const chosen = process.env.ARCHTREE_CHROMIUM;
  if (chosen) return existsSync(chosen) ? { path: chosen, source: 'ARCHTREE_CHROMIUM' } : null;
  if (existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, source: 'debian' };
  const own = playwrightChromium();
  if (own && existsSync(own)) return { path: own, source: 'playwright' };
  return null;
}

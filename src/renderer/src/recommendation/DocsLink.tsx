import type { Platform } from '../platform';
import { Icon } from '../components/Icon';

/**
 * In a browser: an anchor opening a new tab without giving it `window.opener`. In Electron
 * the main process denies new windows and navigation, so the URL is shown as selectable
 * text to copy instead of a link that would silently do nothing.
 */
export function DocsLink({ url, name, platform }: { url: string; name: string; platform: Platform }) {
  if (platform.platform === 'electron') {
    return (
      <span className="docs-url" title={`${name} documentation`}>
        {url.replace(/^https?:\/\//, '')}
      </span>
    );
  }
  return (
    <a className="docs-link" href={url} target="_blank" rel="noopener noreferrer" aria-label={`Docs: ${name} (opens in a new tab)`}>
      Docs <Icon name="external" />
    </a>
  );
}

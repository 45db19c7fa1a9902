import type { Event, HandlerDetails, OnHeadersReceivedListenerDetails, Session, WebContents } from 'electron';

/**
 * Security policy of the desktop shell: the Content-Security-Policy, and the handlers that
 * deny navigation, new windows, permissions and <webview>. Only Electron *types* are
 * imported, so every function here runs in plain Node tests with fake objects.
 */

const cspDirectives: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  // React Flow positions nodes with inline style attributes.
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'", 'data:']],
  ['worker-src', ["'self'", 'blob:']],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
];

export interface CspOptions {
  /**
   * Extra `'sha256-…'` sources for script-src. Only used in development, for the inline
   * React Refresh preamble that @vitejs/plugin-react injects into the dev server's page.
   */
  readonly scriptHashes?: readonly string[];
  /** Drop directives a <meta> CSP cannot carry (frame-ancestors). */
  readonly forMetaTag?: boolean;
}

const hashSource = /^'sha256-[A-Za-z0-9+/]+=*'$/;

export function buildContentSecurityPolicy(options: CspOptions = {}): string {
  const hashes = options.scriptHashes ?? [];
  for (const hash of hashes) {
    if (!hashSource.test(hash)) throw new Error(`Not a CSP sha256 source: ${hash}`);
  }
  return cspDirectives
    .filter(([name]) => !(options.forMetaTag && name === 'frame-ancestors'))
    .map(([name, sources]) => {
      const all = name === 'script-src' ? [...sources, ...hashes] : sources;
      return `${name} ${all.join(' ')}`;
    })
    .join('; ');
}

export const CONTENT_SECURITY_POLICY = buildContentSecurityPolicy();

type Headers = Record<string, string[]>;

/** Response headers with any existing CSP replaced by ours (header names are case-insensitive). */
export function withContentSecurityPolicy(headers: Headers | undefined, csp: string): Headers {
  const out: Headers = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only') continue;
    out[name] = value;
  }
  out['Content-Security-Policy'] = [csp];
  return out;
}

export function cspHeadersListener(csp: string) {
  return (
    details: Pick<OnHeadersReceivedListenerDetails, 'responseHeaders'>,
    callback: (response: { responseHeaders: Headers }) => void,
  ): void => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, csp) });
  };
}

/** will-navigate / will-frame-navigate: the app is a single page; it never navigates. */
export function denyNavigation(event: Pick<Event, 'preventDefault'>): void {
  event.preventDefault();
}

/** setWindowOpenHandler: no window.open, no target=_blank. */
export function denyWindowOpen(_details?: HandlerDetails): { action: 'deny' } {
  return { action: 'deny' };
}

/** will-attach-webview: <webview> is disabled in webPreferences; refuse it here too. */
export function denyWebviewAttach(event: Pick<Event, 'preventDefault'>): void {
  event.preventDefault();
}

/** setPermissionRequestHandler: camera, microphone, notifications, geolocation… all refused. */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

/** setPermissionCheckHandler: every synchronous permission check answers "no". */
export function denyPermissionCheck(): boolean {
  return false;
}

/** Applies the CSP header and the permission policy to a session. */
export function hardenSession(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
    webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
  },
  csp: string = CONTENT_SECURITY_POLICY,
): void {
  session.webRequest.onHeadersReceived(cspHeadersListener(csp));
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
}

/** Denies navigation, new windows and <webview> on every WebContents the app creates. */
export function hardenWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>): void {
  contents.on('will-navigate', (event) => denyNavigation(event));
  contents.on('will-frame-navigate', (event) => denyNavigation(event));
  contents.on('will-attach-webview', (event) => denyWebviewAttach(event));
  contents.setWindowOpenHandler(denyWindowOpen);
}

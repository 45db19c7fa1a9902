import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  buildContentSecurityPolicy,
  cspHeadersListener,
  denyNavigation,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWebviewAttach,
  denyWindowOpen,
  hardenSession,
  hardenWebContents,
  withContentSecurityPolicy,
} from '../../src/main/security';

const directives = (csp: string) =>
  new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));

describe('Content-Security-Policy', () => {
  it('has no unsafe-eval and no remote origins', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/wss?:/);
    expect(CONTENT_SECURITY_POLICY).not.toContain('*');
  });

  it('is the agreed policy', () => {
    const d = directives(CONTENT_SECURITY_POLICY);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(d.get('font-src')).toEqual(["'self'", 'data:']);
    expect(d.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('adds dev script hashes to script-src only, and rejects anything that is not a hash', () => {
    const dev = buildContentSecurityPolicy({ scriptHashes: ["'sha256-abc+/=='"] });
    expect(directives(dev).get('script-src')).toEqual(["'self'", "'sha256-abc+/=='"]);
    expect(() => buildContentSecurityPolicy({ scriptHashes: ['https://cdn.example'] })).toThrow();
    expect(() => buildContentSecurityPolicy({ scriptHashes: ["'unsafe-inline'"] })).toThrow();
  });

  it('matches the meta tag in the renderer index.html (minus header-only frame-ancestors)', () => {
    const html = readFileSync(new URL('../../src/renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
    expect(meta).toBe(buildContentSecurityPolicy({ forMetaTag: true }));
  });

  it('replaces any CSP header the response carried, whatever its case', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ['default-src *'], 'Content-Security-Policy-Report-Only': ['x'], 'X-A': ['1'] },
      'default-src \'self\'',
    );
    expect(headers).toEqual({ 'X-A': ['1'], 'Content-Security-Policy': ["default-src 'self'"] });
  });

  it('onHeadersReceived listener sets the header', () => {
    const callback = vi.fn();
    cspHeadersListener(CONTENT_SECURITY_POLICY)({ responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
});

describe('deny handlers', () => {
  it('will-navigate is prevented', () => {
    const event = { preventDefault: vi.fn() };
    denyNavigation(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('window.open is denied', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });

  it('webview attach is prevented', () => {
    const event = { preventDefault: vi.fn() };
    denyWebviewAttach(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('permission requests and checks answer no', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      denyPermissionRequest({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(denyPermissionCheck()).toBe(false);
  });
});

describe('hardening wiring', () => {
  it('hardenSession installs the CSP listener and both permission handlers', () => {
    const session = {
      webRequest: { onHeadersReceived: vi.fn() },
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
    };
    hardenSession(session as never);
    expect(session.webRequest.onHeadersReceived).toHaveBeenCalledOnce();
    expect(session.setPermissionRequestHandler).toHaveBeenCalledWith(denyPermissionRequest);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledWith(denyPermissionCheck);
  });

  it('hardenWebContents denies navigation, frame navigation, webviews and window.open', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }) => void>();
    const contents = {
      on: vi.fn((name: string, listener: (event: { preventDefault(): void }) => void) => listeners.set(name, listener)),
      setWindowOpenHandler: vi.fn(),
    };
    hardenWebContents(contents as never);
    expect([...listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate']);
    for (const listener of listeners.values()) {
      const event = { preventDefault: vi.fn() };
      listener(event);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    }
    const handler = contents.setWindowOpenHandler.mock.calls[0]![0] as () => unknown;
    expect(handler()).toEqual({ action: 'deny' });
  });
});

import { EventEmitter } from 'node:events';
import type { HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';
import { hardenSession, hardenWebContents } from './hardenWebContents';

const origins = ['app://research-notebook'];

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  });
  const fire = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    emitter.emit(name, event);
    return event.preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => openHandler?.({ url } as HandlerDetails);
  return { contents: contents as unknown as WebContents, fire, open };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect'])('on %s blocks other origins and allows our own', (name) => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, origins, vi.fn());
    expect(fire(name, 'https://evil.example/')).toBe(true);
    expect(fire(name, 'file:///etc/passwd')).toBe(true);
    expect(fire(name, 'app://research-notebook/index.html')).toBe(false);
  });

  it('never lets a <webview> attach', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, origins, vi.fn());
    expect(fire('will-attach-webview', 'app://research-notebook/index.html')).toBe(true);
  });

  it('denies new windows and sends only safe links to the system browser', () => {
    const { contents, open } = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents, origins, openExternal);
    expect(open('https://example.org/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.org/']]);
  });
});

function fakeSession() {
  const calls: Record<string, unknown> = {};
  const session = {
    setPermissionRequestHandler: (h: unknown) => (calls['request'] = h),
    setPermissionCheckHandler: (h: unknown) => (calls['check'] = h),
    webRequest: { onHeadersReceived: (h: unknown) => (calls['headers'] = h) },
  };
  return { session: session as unknown as Session, calls };
}

describe('hardenSession', () => {
  it('denies every permission', () => {
    const { session, calls } = fakeSession();
    hardenSession(session, true);
    const callback = vi.fn();
    (calls['request'] as (wc: unknown, p: string, cb: (ok: boolean) => void) => void)({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect((calls['check'] as () => boolean)()).toBe(false);
  });

  it('puts the CSP header on responses when asked', () => {
    const { session, calls } = fakeSession();
    hardenSession(session, true);
    const callback = vi.fn();
    const listener = calls['headers'] as (details: unknown, cb: (r: unknown) => void) => void;
    listener({ responseHeaders: { 'content-security-policy': ['default-src *'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('leaves headers alone for the dev server', () => {
    const { session, calls } = fakeSession();
    hardenSession(session, false);
    expect(calls['headers']).toBeUndefined();
  });
});

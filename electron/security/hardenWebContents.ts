import type { Session, WebContents } from 'electron';
import { withCspHeader } from './csp';
import { handleWindowOpen, shouldAllowNavigation } from './navigation';
import { denyPermissionCheck, denyPermissionRequest } from './permissions';

interface PreventableUrlEvent {
  url: string;
  preventDefault(): void;
}

/**
 * Applies the per-page guards to one webContents: no navigation away from our origin(s), no new
 * windows (safe links open in the system browser), no `<webview>`.
 */
export function hardenWebContents(
  contents: WebContents,
  origins: readonly string[],
  openExternal: (url: string) => void,
): void {
  const guard = (event: PreventableUrlEvent): void => {
    if (!shouldAllowNavigation(event.url, origins)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => handleWindowOpen(details.url, openExternal));
}

/**
 * Applies the session-wide guards: every permission denied, and (when `applyCsp`) our CSP header
 * on every response. The dev server needs inline scripts for hot reload, so dev runs skip the header.
 */
export function hardenSession(session: Session, applyCsp: boolean): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  if (applyCsp) {
    session.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: withCspHeader(details.responseHeaders) });
    });
  }
}

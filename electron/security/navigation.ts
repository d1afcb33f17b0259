import { isSafeExternalUrl } from './externalUrl';
import { isTrustedUrl } from './trustedOrigins';

/** True when the window may navigate to `url`: only pages of our own origin(s), never the web. */
export function shouldAllowNavigation(url: string, origins: readonly string[]): boolean {
  return isTrustedUrl(url, origins);
}

/**
 * Decision for `setWindowOpenHandler`: the app never opens a second Electron window from page
 * content; a safe http(s) link goes to the system browser instead, anything else is dropped.
 */
export function handleWindowOpen(url: string, openExternal: (url: string) => void): { action: 'deny' } {
  if (isSafeExternalUrl(url)) openExternal(url);
  return { action: 'deny' };
}

import { APP_ORIGIN, originOf } from '../protocol/appOrigin';

/**
 * Origins whose pages may call the API and navigate within the window: the app origin, plus the
 * electron-vite dev server when (and only when) running unpackaged in development.
 */
export function trustedOrigins(devServerUrl: string | undefined, isPackaged: boolean): string[] {
  const origins = [APP_ORIGIN];
  if (!isPackaged && devServerUrl) {
    const dev = originOf(devServerUrl);
    if (dev !== null && /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(dev)) origins.push(dev);
  }
  return origins;
}

/** True when `url` belongs to one of `origins`. */
export function isTrustedUrl(url: string | undefined | null, origins: readonly string[]): boolean {
  if (!url) return false;
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}

/** True when an IPC message came from a frame showing our own page (not a stray or injected frame). */
export function isTrustedSender(
  frameUrl: string | undefined | null,
  origins: readonly string[] = [APP_ORIGIN],
): boolean {
  return isTrustedUrl(frameUrl, origins);
}

import type { CustomScheme } from 'electron';

/** Scheme the packaged renderer is served from; never `file://`, whose origin is shared by every file on disk. */
export const APP_SCHEME = 'app';
/** Host part of the app origin; a fixed name so the origin is stable across installs. */
export const APP_HOST = 'research-notebook';
/** The one origin the renderer runs at in a built app. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window loads in a built app. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Privileges for `protocol.registerSchemesAsPrivileged`, which must run before `app` is ready.
 * `standard` gives real origins and relative URLs, `secure` lets the page count as a secure context.
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/**
 * `scheme://host[:port]` of a URL, or null when it does not parse.
 * Hand-made because WHATWG `URL.origin` is "null" for custom schemes in Node.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

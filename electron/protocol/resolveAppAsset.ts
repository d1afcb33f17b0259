import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';

/**
 * Maps an `app://research-notebook/...` URL to a file inside `rootDir`, or null when the URL
 * is for another origin or would leave the folder (`..`, encoded separators, NUL bytes).
 */
export function resolveAppAsset(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // A backslash is a separator on Windows, so an encoded one could smuggle `..\` past the check below.
  if (decoded.includes('\0') || decoded.includes('\\')) return null;

  let relative = decoded.replace(/^\/+/, '');
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';

  const root = path.resolve(rootDir);
  const full = path.resolve(root, relative);
  const inside = path.relative(root, full);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return full;
}

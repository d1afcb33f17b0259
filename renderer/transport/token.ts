const STORAGE_KEY = 'research-notebook.token';

/** Splits `?token=` off a URL so the secret does not linger in the address bar or history. */
export function takeTokenFromUrl(href: string): { token: string | null; cleanUrl: string } {
  const url = new URL(href);
  const token = url.searchParams.get('token');
  if (token === null) return { token: null, cleanUrl: href };
  url.searchParams.delete('token');
  return { token, cleanUrl: `${url.pathname}${url.search}${url.hash}` };
}

interface TokenEnvironment {
  location: { href: string };
  history: Pick<History, 'replaceState'>;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * Reads the host's token once at start-up. A token in the URL wins (a restarted
 * host hands out a new one); otherwise the one kept for this tab is reused, so a
 * reload still works after the URL was cleaned.
 */
export function resolveToken(env: TokenEnvironment): string | null {
  const { token, cleanUrl } = takeTokenFromUrl(env.location.href);
  if (token !== null) {
    env.sessionStorage.setItem(STORAGE_KEY, token);
    env.history.replaceState(null, '', cleanUrl);
    return token;
  }
  return env.sessionStorage.getItem(STORAGE_KEY);
}

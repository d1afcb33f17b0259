import { describe, expect, it, vi } from 'vitest';
import { resolveToken, takeTokenFromUrl } from './token';

describe('takeTokenFromUrl', () => {
  it.each([
    ['http://127.0.0.1:5000/?token=abc', 'abc', '/'],
    ['http://127.0.0.1:5000/?token=abc#/source/x', 'abc', '/#/source/x'],
    ['http://127.0.0.1:5000/?a=1&token=abc&b=2', 'abc', '/?a=1&b=2'],
    ['http://127.0.0.1:5000/#/', null, 'http://127.0.0.1:5000/#/'],
  ])('%s', (href, token, cleanUrl) => {
    expect(takeTokenFromUrl(href)).toEqual({ token, cleanUrl });
  });
});

function environment(href: string, stored: string | null) {
  const storage = new Map<string, string>(stored ? [['research-notebook.token', stored]] : []);
  return {
    location: { href },
    history: { replaceState: vi.fn() },
    sessionStorage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value),
    },
    storage,
  };
}

describe('resolveToken', () => {
  it('takes the token from the URL, keeps it for the tab, and cleans the address bar', () => {
    const env = environment('http://127.0.0.1:5000/?token=fresh', 'old');
    expect(resolveToken(env)).toBe('fresh');
    expect(env.storage.get('research-notebook.token')).toBe('fresh');
    expect(env.history.replaceState).toHaveBeenCalledWith(null, '', '/');
  });

  it('falls back to the kept token after a reload', () => {
    const env = environment('http://127.0.0.1:5000/#/source/x', 'kept');
    expect(resolveToken(env)).toBe('kept');
    expect(env.history.replaceState).not.toHaveBeenCalled();
  });

  it('has no token when neither is there', () => {
    expect(resolveToken(environment('http://127.0.0.1:5000/', null))).toBeNull();
  });
});

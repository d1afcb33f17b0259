import { describe, expect, it } from 'vitest';
import { isTrustedSender, trustedOrigins } from './trustedOrigins';

describe('trustedOrigins', () => {
  it('is only the app origin in a packaged app, whatever the environment says', () => {
    expect(trustedOrigins('http://localhost:5173/', true)).toEqual(['app://research-notebook']);
    expect(trustedOrigins(undefined, false)).toEqual(['app://research-notebook']);
  });

  it('adds the dev server origin when unpackaged', () => {
    expect(trustedOrigins('http://localhost:5173/', false)).toEqual([
      'app://research-notebook',
      'http://localhost:5173',
    ]);
  });

  it.each(['https://evil.example/', 'http://192.168.1.5:5173/', 'file:///tmp/x.html', 'not a url'])(
    'ignores a dev server URL that is not loopback http: %s',
    (url) => {
      expect(trustedOrigins(url, false)).toEqual(['app://research-notebook']);
    },
  );
});

describe('isTrustedSender', () => {
  it.each([
    ['app://research-notebook/index.html', true],
    ['app://research-notebook/index.html#/sources/1', true],
    ['APP://research-notebook/', true],
    ['app://research-notebook.evil/index.html', false],
    ['app://other/index.html', false],
    ['https://research-notebook/index.html', false],
    ['http://localhost:5173/', false],
    ['file:///work/out/renderer/index.html', false],
    ['about:blank', false],
    ['', false],
  ])('%s -> %s', (url, trusted) => {
    expect(isTrustedSender(url)).toBe(trusted);
  });

  it('refuses a missing frame (destroyed or navigated away)', () => {
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('trusts the dev server only when it is in the list', () => {
    const dev = trustedOrigins('http://localhost:5173', false);
    expect(isTrustedSender('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isTrustedSender('http://localhost:5174/index.html', dev)).toBe(false);
  });
});

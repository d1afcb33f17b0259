import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, appSchemePrivileges, originOf } from './appOrigin';

describe('originOf', () => {
  it.each([
    ['app://research-notebook/index.html', 'app://research-notebook'],
    ['APP://Research-Notebook/x', 'app://research-notebook'],
    ['http://localhost:5173/src/main.tsx', 'http://localhost:5173'],
    ['https://example.org/a?b#c', 'https://example.org'],
    ['file:///etc/passwd', null],
    ['about:blank', null],
    ['data:text/html,<p>hi</p>', null],
    ['not a url', null],
    ['', null],
  ])('%s -> %s', (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });
});

describe('app origin constants', () => {
  it('the entry page belongs to the app origin', () => {
    expect(originOf(APP_ENTRY_URL)).toBe(APP_ORIGIN);
  });

  it('registers the scheme as standard and secure', () => {
    expect(appSchemePrivileges.scheme).toBe('app');
    expect(appSchemePrivileges.privileges).toMatchObject({ standard: true, secure: true });
    // Never let the page opt out of CSP or reach other origins through our scheme.
    expect(appSchemePrivileges.privileges).not.toHaveProperty('bypassCSP', true);
    expect(appSchemePrivileges.privileges).not.toHaveProperty('corsEnabled', true);
  });
});

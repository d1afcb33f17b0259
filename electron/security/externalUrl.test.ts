import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from './externalUrl';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://example.org/article?id=1',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG/Path',
    'https://xn--bcher-kva.example/',
    'https://example.org:8443/x#frag',
  ])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['our own scheme', 'app://research-notebook/index.html'],
    ['custom handlers', 'ms-msdt:/id PCWDiagnostic'],
    ['smb shares', 'smb://server/share'],
    ['user name in the URL', 'https://trusted.example@evil.example/'],
    ['password in the URL', 'https://user:pass@example.org/'],
    ['relative URLs', '/relative/path'],
    ['garbage', 'not a url at all'],
    ['empty', ''],
    ['very long URLs', `https://example.org/${'a'.repeat(3000)}`],
  ])('refuses %s', (_label, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('refuses non-strings that slip through untyped callers', () => {
    expect(isSafeExternalUrl(undefined as unknown as string)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, parseCsp, withCspHeader } from './csp';

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the agreed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
});

describe('parseCsp', () => {
  it('ignores order, case of names, extra spaces and empty parts', () => {
    const a = parseCsp("img-src data: 'self'; DEFAULT-SRC 'none';;");
    const b = parseCsp("default-src  'none' ; img-src 'self' data:");
    expect(a).toEqual(b);
  });

  it('tells different policies apart', () => {
    expect(parseCsp("script-src 'self'")).not.toEqual(parseCsp("script-src 'self' 'unsafe-inline'"));
  });
});

describe('withCspHeader', () => {
  it('adds the policy and keeps other headers', () => {
    const headers = withCspHeader({ 'Content-Type': ['text/html'], 'X-Other': 'one' });
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'X-Other': ['one'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it('replaces a weaker policy whatever its header casing', () => {
    const headers = withCspHeader({
      'content-security-policy': ["default-src *; script-src 'unsafe-inline'"],
    });
    expect(Object.keys(headers)).toEqual(['Content-Security-Policy']);
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('copes with a response that has no headers', () => {
    expect(withCspHeader(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

import { timingSafeEqual } from 'node:crypto';

/**
 * Checks that a request really comes from our page on this machine: the Host
 * must be the loopback name and port we listen on (defeats DNS rebinding), an
 * Origin, when sent, must be that same origin (defeats cross-site requests).
 */
export function checkHostAndOrigin(
  headers: { host?: string; origin?: string },
  port: number,
): 'ok' | 'bad-host' | 'bad-origin' {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = headers.host?.toLowerCase();
  if (!host || !allowedHosts.includes(host)) return 'bad-host';
  if (
    headers.origin !== undefined &&
    !allowedHosts.map((h) => `http://${h}`).includes(headers.origin.toLowerCase())
  ) {
    return 'bad-origin';
  }
  return 'ok';
}

/** Compares a bearer token in constant time. */
export function hasValidToken(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer (\S+)$/.exec(authorization ?? '');
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Calls carry JSON and nothing else: `application/json`, optionally with a UTF-8 charset. A form or
 * text/plain body (what a cross-site page can send without a preflight) is refused outright.
 */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const [type, ...params] = header.split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => p === '' || p === 'charset=utf-8' || p === 'charset="utf-8"');
}

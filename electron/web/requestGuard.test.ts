import { describe, expect, it } from 'vitest';
import { checkHostAndOrigin, hasValidToken, isJsonContentType } from './requestGuard';

describe('checkHostAndOrigin', () => {
  it.each([
    [{ host: '127.0.0.1:4000' }, 'ok'],
    [{ host: 'LOCALHOST:4000', origin: 'http://localhost:4000' }, 'ok'],
    [{ host: '127.0.0.1:4000', origin: 'http://127.0.0.1:4000' }, 'ok'],
    [{}, 'bad-host'],
    [{ host: 'evil.example:4000' }, 'bad-host'],
    [{ host: '127.0.0.1:4001' }, 'bad-host'],
    [{ host: '127.0.0.1:4000', origin: 'http://evil.example' }, 'bad-origin'],
    [{ host: '127.0.0.1:4000', origin: 'https://127.0.0.1:4000' }, 'bad-origin'],
    [{ host: '127.0.0.1:4000', origin: 'null' }, 'bad-origin'],
  ])('%j → %s', (headers, verdict) => {
    expect(checkHostAndOrigin(headers, 4000)).toBe(verdict);
  });
});

describe('hasValidToken', () => {
  it.each([
    ['Bearer secret-token', true],
    ['Bearer secret-tokeN', false],
    ['Bearer secret', false],
    ['bearer secret-token', false],
    ['Bearer  secret-token', false],
    ['secret-token', false],
    [undefined, false],
  ])('%j → %s', (header, valid) => {
    expect(hasValidToken(header, 'secret-token')).toBe(valid);
  });
});

describe('isJsonContentType', () => {
  it.each([
    ['application/json', true],
    ['Application/JSON; charset=UTF-8', true],
    ['application/json; charset="utf-8"', true],
    ['application/json; charset=latin1', false],
    ['text/plain', false],
    ['application/x-www-form-urlencoded', false],
    ['multipart/form-data; boundary=x', false],
    [undefined, false],
  ])('%j → %s', (header, json) => {
    expect(isJsonContentType(header)).toBe(json);
  });
});

import { describe, expect, it } from 'vitest';
import { checkWebAddress } from './webAddress';

describe('checkWebAddress', () => {
  const cases: Array<[string, string | null, string | null]> = [
    ['https://example.org/news/a', 'https://example.org/news/a', null],
    ['  http://example.org  ', 'http://example.org/', null],
    ['example.org/story?id=3', 'https://example.org/story?id=3', null],
    ['example.org:8080/x', 'https://example.org:8080/x', null],
    ['', null, 'Type or paste'],
    ['ftp://example.org/file', null, 'http:// or https://'],
    ['javascript:alert(1)', null, 'http:// or https://'],
    ['not a web address', null, 'does not look like'],
    ['hello', null, 'does not look like'],
  ];
  it.each(cases)('%j', (raw, url, error) => {
    const result = checkWebAddress(raw);
    expect(result.url).toBe(url);
    if (error) expect(result.error).toContain(error);
    else expect(result.error).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { AT_QUERY_MAX_WORDS, shortEnough } from './atQuery';

describe('shortEnough', () => {
  it.each([
    ['20 points', true],
    ['', true],
    ['harbour board minutes of the session', false],
    ['one two three four five', true],
    ['one two three four five six', false],
    ['x'.repeat(81), false],
  ])('%j: %s', (query, ok) => {
    expect(shortEnough(query, AT_QUERY_MAX_WORDS)).toBe(ok);
  });
});

import { describe, expect, it } from 'vitest';
import { INVISIBLE_CODES, INVISIBLE_RE } from './invisible';

describe('invisible characters', () => {
  it.each([...INVISIBLE_CODES].map((c) => [c.toString(16), c]))('U+%s is removed', (_, code) => {
    expect(`a${String.fromCharCode(code)}b`.replace(INVISIBLE_RE, '')).toBe('ab');
  });

  it.each([
    ['space', ' '],
    ['no-break space', '\u00a0'],
    ['hyphen', '-'],
    ['letter', 'é'],
  ])('a visible %s stays', (_, char) => {
    expect(`a${char}b`.replace(INVISIBLE_RE, '')).toBe(`a${char}b`);
  });
});

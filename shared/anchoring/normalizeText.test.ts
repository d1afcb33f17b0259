import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalizeText';

describe('normalizeText', () => {
  it.each([
    ['Hello  World', 'hello world'],
    ['one\n\n\ttwo', 'one two'],
    ['“Curly” ‘quotes’', '"curly" \'quotes\''],
    ['em—dash – en', 'em-dash - en'],
    ['soft\u00adhyphen zero\u200bwidth', 'softhyphen zerowidth'],
    ['МОСТ Ünïcode', 'мост ünïcode'],
    ['emoji 🚧 stays', 'emoji 🚧 stays'],
    ['non\u00a0breaking', 'non breaking'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeText(raw).text).toBe(expected);
  });

  it('maps every kept unit back to its original offset', () => {
    const raw = 'A  “b”\n\nc\u00ad🚧';
    const { text, toRaw } = normalizeText(raw);
    expect(text).toBe('a "b" c🚧');
    expect(Array.from(toRaw)).toEqual([0, 1, 3, 4, 5, 6, 8, 10, 11]);
  });

  it('handles texts longer than one output chunk', () => {
    const raw = 'Ab '.repeat(10_000);
    expect(normalizeText(raw).text).toBe('ab '.repeat(10_000));
  });
});

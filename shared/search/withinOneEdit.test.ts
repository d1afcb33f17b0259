import { describe, expect, it } from 'vitest';
import { withinOneEdit } from './withinOneEdit';

describe('withinOneEdit', () => {
  it.each<[string, string, boolean]>([
    ['harbour', 'harbour', true],
    ['harbour', 'harbor', true], // deletion
    ['harbor', 'harbour', true], // insertion
    ['harbour', 'harbiur', true], // substitution
    ['harbour', 'hrabour', true], // neighbours swapped
    ['ceasefire', 'ceasfire', true],
    ['harbour', 'harb', false],
    ['harbour', 'hrabuor', false], // two swaps
    ['council', 'counsel', false], // two substitutions
    ['abc', 'cba', false],
    ['', 'a', true],
    ['', 'ab', false],
  ])('%s ~ %s = %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});

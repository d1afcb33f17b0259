import { describe, expect, it } from 'vitest';
import { cutsWord, quoteBoundaries, snapToWords, wordCutFactor } from './wordBoundaries';

describe('word boundaries', () => {
  it.each([
    ['plan', 2, true],
    ['plan', 0, false],
    ['plan', 4, false],
    ['a plan', 1, false],
    ['Мост', 2, true],
    ['19-point', 2, false],
  ])('cutsWord(%j, %i) = %s', (text, at, expected) => {
    expect(cutsWord(text, at)).toBe(expected);
  });

  it('reads the stored quote boundaries from its context', () => {
    expect(quoteBoundaries('the ', 'plan', ' was')).toEqual({ start: true, end: true });
    expect(quoteBoundaries('ex', 'plan', 'ation')).toEqual({ start: false, end: false });
    expect(quoteBoundaries('', 'plan', '')).toEqual({ start: true, end: true });
  });

  it('penalises each cut end and widens spans to whole words', () => {
    const text = 'the explanation was clear';
    const whole = { start: true, end: true };
    expect(wordCutFactor(text, 6, 10, whole)).toBeCloseTo(0.49);
    expect(wordCutFactor(text, 6, 10, { start: false, end: false })).toBe(1);
    expect(snapToWords(text, 6, 10, whole)).toEqual({ start: 4, end: 15 });
    expect(snapToWords(text, 6, 10, { start: false, end: true })).toEqual({ start: 6, end: 15 });
  });
});

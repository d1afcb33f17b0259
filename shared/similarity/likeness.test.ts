import { describe, expect, it } from 'vitest';
import { classifyLikeness, type Likeness } from './likeness';
import { compareSignatures, signText } from './signText';
import { BASE, LIGHT_EDIT, SAME_EVENT, SYNONYMS } from './testing/articles';
import { spinText } from './testing/spinText';

describe('classifyLikeness', () => {
  it.each<[string, number, number, number, Likeness]>([
    ['verbatim copy', 1, 1, 1, 'copy'],
    ['light edit', 0.9, 0.93, 0.9, 'edit'],
    ['spun copy', 0.7, 0.45, 0.98, 'spun'],
    ['no skeleton, words only', 0.55, 0.55, 0, 'edit'],
    ['same topic', 0.1, 0.05, 0.15, 'unrelated'],
  ])('%s', (_name, score, wordScore, structureScore, expected) => {
    expect(classifyLikeness({ score, wordScore, structureScore })).toBe(expected);
  });

  it.each<[string, string, Likeness]>([
    ['the base itself', BASE, 'copy'],
    ['a light edit', LIGHT_EDIT, 'edit'],
    ['a 30% spin', spinText(BASE, SYNONYMS, 0.4, 11).text, 'spun'],
    ['an independent report of the same event', SAME_EVENT, 'unrelated'],
  ])('on real signatures: %s', (_name, other, expected) => {
    expect(classifyLikeness(compareSignatures(signText(BASE), signText(other)))).toBe(expected);
  });
});

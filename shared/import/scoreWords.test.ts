import { describe, expect, it } from 'vitest';
import { poolScores, scoreWords, wordTokens } from './scoreWords';

describe('wordTokens', () => {
  it('case-folds, strips punctuation and apostrophes, keeps digits and accents', () => {
    expect(wordTokens('“Don’t,” said Zoë — 4.25%!')).toEqual(['dont', 'said', 'zoë', '4', '25']);
  });
});

describe('scoreWords', () => {
  it.each([
    ['a b c', 'a b c', 1, 1],
    ['a b c d', 'a b', 0.5, 1],
    ['a', 'a b c d', 1, 0.25],
    ['a a a', 'a', 1 / 3, 1],
    ['', 'a b', 0, 0],
    ['', '', 1, 1],
  ])('%j vs %j', (got, want, precision, recall) => {
    const s = scoreWords(got, want);
    expect(s.precision).toBeCloseTo(precision);
    expect(s.recall).toBeCloseTo(recall);
  });
  it('computes F1 as the harmonic mean', () => {
    expect(scoreWords('a b c d', 'a b').f1).toBeCloseTo(2 / 3);
  });
  it('pools by word counts, not by averaging documents', () => {
    const pooled = poolScores([scoreWords('a b c d', 'a b c d'), scoreWords('x', 'y')]);
    expect(pooled.precision).toBeCloseTo(4 / 5);
    expect(pooled.recall).toBeCloseTo(4 / 5);
  });
});

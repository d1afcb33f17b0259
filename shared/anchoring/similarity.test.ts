import { describe, expect, it } from 'vitest';
import { contextSimilarity, keyTokenFactor, keyTokens } from './similarity';

describe('keyTokens', () => {
  it('takes numbers and mid-sentence capitalised words, not sentence openers', () => {
    expect(
      keyTokens('The mayor, Elena Varga, backed a 19-point plan. Residents agreed with Brandt.'),
    ).toEqual({
      numbers: ['19'],
      names: ['elena', 'varga', 'brandt'],
    });
    expect(keyTokens('she said: "We will vote" in May')).toEqual({ numbers: [], names: ['may'] });
  });
});

describe('keyTokenFactor', () => {
  it.each([
    ['a 19-point plan', 'a 19-point plan', 1],
    ['a 19-point plan', 'a 20-point plan', 0.5],
    ['cost 4.2 million', 'cost 4.3 million', 0.5],
    ['said Tomas Brandt', 'said Tomas Keller', 0.6],
    ['said Tomas Brandt', 'said Tomas Brant', 0.9],
    ['said Tomas Brandt', 'SAID TOMAS BRANDT', 1],
    ['no key words here', 'no other words here', 1],
  ])('%j vs %j → %d', (stored, candidate, expected) => {
    expect(keyTokenFactor(stored, candidate)).toBeCloseTo(expected);
  });
});

describe('contextSimilarity', () => {
  const text = 'The council met on Tuesday. The plan was approved by nine votes to two.';
  const start = text.indexOf('The plan');
  const end = start + 'The plan'.length;

  it('is 1 for unchanged context on both sides and null for a side with none stored', () => {
    expect(contextSimilarity(text, start, end, 'met on tuesday. ', ' was approved')).toEqual({
      prefix: 1,
      suffix: 1,
    });
    expect(contextSimilarity(text, start, end, '', ' was approved')).toEqual({ prefix: null, suffix: 1 });
  });

  it('drops towards 0 for unrelated context', () => {
    const { prefix, suffix } = contextSimilarity(
      text,
      start,
      end,
      'bakery opened downtown. ',
      ' recipe needs flour',
    );
    expect(prefix).toBeLessThan(0.3);
    expect(suffix).toBeLessThan(0.3);
  });

  it('tolerates a word inserted next to the quote', () => {
    const edited = text.replace('Tuesday.', 'Tuesday evening.');
    const at = edited.indexOf('The plan');
    const { prefix } = contextSimilarity(edited, at, at + 8, 'council met on tuesday. ', '');
    expect(prefix).toBeGreaterThan(0.5);
    expect(prefix).toBeLessThan(1);
  });
});

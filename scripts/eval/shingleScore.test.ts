import { describe, expect, it } from 'vitest';
import { sameTokens, shingleCounts, shinglePrf, shingleTokens } from './shingleScore';

describe('shingleTokens', () => {
  it.each([
    ['plain words and punctuation', 'One, two; three!', ['One', 'two', 'three']],
    ['case is kept', 'Cat cat', ['Cat', 'cat']],
    ['digits and underscore join words', 'a_b 12.5', ['a_b', '12', '5']],
    ['Cyrillic', 'Привет, мир', ['Привет', 'мир']],
    ['unspaced Japanese is one token', '今日は晴れ。', ['今日は晴れ']],
    ['empty', '', []],
  ])('%s', (_label, text, tokens) => {
    expect(shingleTokens(text)).toEqual(tokens);
  });
});

describe('shingleCounts', () => {
  it.each([
    // 5 tokens: 2 shingles each; identical.
    ['identical', 'a b c d e', 'a b c d e', { tp: 1, fp: 0, fn: 0 }],
    // extracted adds "f": shingles abcd bcde cdef vs abcd bcde -> tp 2 fp 1 fn 0.
    ['one extra word', 'a b c d e f', 'a b c d e', { tp: 2 / 3, fp: 1 / 3, fn: 0 }],
    // extracted misses "e": abcd vs abcd bcde -> tp 1 fn 1.
    ['one missing word', 'a b c d', 'a b c d e', { tp: 0.5, fp: 0, fn: 0.5 }],
    // shorter than 4 tokens: one short shingle each.
    ['short texts that agree', 'x y', 'x, y.', { tp: 1, fp: 0, fn: 0 }],
    ['short texts that differ', 'x y', 'x z', { tp: 0, fp: 0.5, fn: 0.5 }],
    // repeated shingles count with multiplicity: a a a a a = 2 x (a a a a).
    ['multiplicity', 'a a a a a', 'a a a a', { tp: 0.5, fp: 0.5, fn: 0 }],
    ['nothing extracted', '', 'a b c d', { tp: 0, fp: 0, fn: 1 }],
    ['both empty', '', '', { tp: 0, fp: 0, fn: 0 }],
  ])('%s', (_label, extracted, expected, want) => {
    const got = shingleCounts(extracted, expected);
    expect(got.tp).toBeCloseTo(want.tp, 12);
    expect(got.fp).toBeCloseTo(want.fp, 12);
    expect(got.fn).toBeCloseTo(want.fn, 12);
  });
});

describe('shinglePrf', () => {
  it.each([
    ['one perfect page', [{ tp: 1, fp: 0, fn: 0 }], { precision: 1, recall: 1 }],
    // Pages are averaged, not pooled: precision (1 + 0.5) / 2, recall (1 + 1) / 2.
    [
      'pages weigh the same',
      [
        { tp: 1, fp: 0, fn: 0 },
        { tp: 0.5, fp: 0.5, fn: 0 },
      ],
      { precision: 0.75, recall: 1 },
    ],
    // A refused page has no precision (nothing extracted) but recall 0.
    [
      'a refused page lowers recall only',
      [
        { tp: 1, fp: 0, fn: 0 },
        { tp: 0, fp: 0, fn: 1 },
      ],
      { precision: 1, recall: 0.5 },
    ],
    // A page with nothing expected has no recall; what we extracted there is all false positive.
    [
      'a page with nothing expected lowers precision only',
      [
        { tp: 1, fp: 0, fn: 0 },
        { tp: 0, fp: 1, fn: 0 },
      ],
      { precision: 0.5, recall: 1 },
    ],
  ])('%s', (_label, pages, want) => {
    const got = shinglePrf(pages);
    expect(got.precision).toBeCloseTo(want.precision, 12);
    expect(got.recall).toBeCloseTo(want.recall, 12);
    expect(got.f1).toBeCloseTo((2 * want.precision * want.recall) / (want.precision + want.recall), 12);
  });

  it('counts exact pages by tokens, ignoring punctuation and spacing', () => {
    expect(sameTokens('Hello,   world!', 'Hello world')).toBe(true);
    expect(sameTokens('Hello world', 'hello world')).toBe(false);
  });
});

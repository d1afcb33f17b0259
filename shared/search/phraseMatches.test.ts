import { describe, expect, it } from 'vitest';
import { countPhrase, type Range } from './phraseMatches';

/** Postings of one word from `{ doc: positions }`. */
function range(byDoc: Record<number, number[]>): Range {
  const data = Object.entries(byDoc).flatMap(([doc, positions]) => [
    Number(doc),
    positions.length,
    ...positions,
  ]);
  return { data: Uint32Array.from(data), start: 0, end: data.length };
}

function run(words: Record<number, number[]>[]): Record<number, number> {
  const found: Record<number, number> = {};
  countPhrase(words.map(range), (doc, count) => (found[doc] = count));
  return found;
}

describe('countPhrase', () => {
  it.each<[string, Record<number, number[]>[], Record<number, number>]>([
    ['two words side by side', [{ 1: [3] }, { 1: [4] }], { 1: 1 }],
    ['wrong order', [{ 1: [4] }, { 1: [3] }], {}],
    ['a gap between them', [{ 1: [3] }, { 1: [5] }], {}],
    ['counted per occurrence', [{ 1: [0, 10, 20] }, { 1: [1, 11, 30] }], { 1: 2 }],
    [
      'only documents holding every word',
      [
        { 1: [0], 2: [0], 4: [7] },
        { 2: [1], 3: [1], 4: [8] },
      ],
      { 2: 1, 4: 1 },
    ],
    ['three words', [{ 5: [2, 9] }, { 5: [3, 10] }, { 5: [4, 12] }], { 5: 1 }],
    ['a repeated word ("the the")', [{ 1: [5, 6, 9] }, { 1: [5, 6, 9] }], { 1: 1 }],
    ['the rarest word leads', [{ 1: [0], 2: [0], 3: [0], 9: [40] }, { 9: [41] }], { 9: 1 }],
    ['an empty list', [{ 1: [0] }, {}], {}],
  ])('%s', (_name, words, expected) => {
    expect(run(words)).toEqual(expected);
  });

  it('never confuses one document with the next', () => {
    // Doc 1 starts the phrase at its last position, doc 2 holds only the second word.
    expect(
      run([
        { 1: [9], 2: [50] },
        { 1: [3], 2: [10] },
      ]),
    ).toEqual({});
  });
});

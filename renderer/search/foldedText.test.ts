import { describe, expect, it } from 'vitest';
import { findAll, foldText } from './foldedText';

describe('findAll', () => {
  it.each<[string, string, [number, number][]]>([
    ['Café in Zürich', 'cafe', [[0, 4]]],
    ['Café in Zürich', 'ZURICH', [[8, 14]]],
    [
      'one One oNe',
      'one',
      [
        [0, 3],
        [4, 7],
        [8, 11],
      ],
    ],
    ['Ærø island', 'aero', [[0, 3]]],
    ['Straße', 'strasse', [[0, 6]]],
    [
      'aaaa',
      'aa',
      [
        [0, 2],
        [2, 4],
      ],
    ],
    ['the  next\n  meeting', 'next meeting', [[5, 19]]],
    ['nothing here', 'absent', []],
    ['anything', '   ', []],
    ['e\u0301t\u00e9', 'ete', [[0, 4]]],
  ])('%j / %j', (text, needle, expected) => {
    expect(findAll(text, needle).map((r) => [r.start, r.end])).toEqual(expected);
  });

  it('maps every folded character back into the text', () => {
    const { folded, origin } = foldText('Œuvre');
    expect(folded).toBe('oeuvre');
    expect(origin).toEqual([0, 0, 1, 2, 3, 4, 5]);
  });

  it('stops at the cap', () => {
    expect(findAll('a'.repeat(50), 'a', 7)).toHaveLength(7);
  });
});

import { describe, expect, it } from 'vitest';
import { countMentions, findMentions } from './findMentions';

const TEXT =
  'Yuri Ushakov spoke first. Later, Ushakov’s aide denied it.\n\nThe Ushakovs were not there. USHAKOV again? Mr Ushakov-Petrov left.';

describe('findMentions', () => {
  it('finds whole-word mentions of every name, longest first, any case', () => {
    const found = findMentions(TEXT, ['Ushakov', 'Yuri Ushakov']);
    expect(found.map((m) => TEXT.slice(m.start, m.end))).toEqual([
      'Yuri Ushakov',
      'Ushakov',
      'USHAKOV',
      'Ushakov',
    ]);
  });

  it('gives the sentence around each mention', () => {
    const [, second] = findMentions(TEXT, ['Ushakov']);
    expect(second?.sentence).toBe('Later, Ushakov’s aide denied it.');
  });

  it.each([
    [[], 0],
    [['  '], 0],
    [['a.b'], 0],
    [['(Ushakov'], 0],
  ])('handles odd names %j safely', (names, count) => {
    expect(findMentions(TEXT, names)).toHaveLength(count);
  });

  it('stops at the limit', () => {
    expect(findMentions(TEXT, ['Ushakov'], 2)).toHaveLength(2);
  });

  it('counts the same mentions as it finds', () => {
    for (const names of [['Ushakov', 'Yuri Ushakov'], ['ushakov'], ['Yuri Ushakov'], ['Petrov']]) {
      expect(
        countMentions(
          TEXT.toLocaleLowerCase(),
          names.map((n) => n.toLocaleLowerCase()),
        ),
      ).toBe(findMentions(TEXT, names).length);
    }
  });
});

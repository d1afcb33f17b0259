import { describe, expect, it } from 'vitest';
import { firstMatch } from './firstMatch';

const TEXT = 'Talks in Genève resumed. The delegation met Ushakov; the next meeting is on Thursday.';

describe('firstMatch', () => {
  it.each<[string, string | null]>([
    ['ushakov', 'Ushakov'],
    ['geneve', 'Genève'],
    ['deleg*', 'delegation'],
    ['Ushakow', 'Ushakov'],
    ['"next meeting"', 'next meeting'],
    ['thursday talks', 'Talks'],
    ['-talks thursday', 'Thursday'],
    ['"meeting next"', null],
    ['absent', null],
    ['', null],
    ['-talks', null],
  ])('%j', (query, expected) => {
    const span = firstMatch(TEXT, query);
    expect(span ? TEXT.slice(span.start, span.end) : null).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { sideBySide, type SideBySideRow } from './sideBySide';
import { diffWords } from './wordDiff';

const column = (rows: SideBySideRow[], side: 'left' | 'right'): string =>
  rows.flatMap((r) => r[side].map((s) => s.text)).join('');
const marked = (rows: SideBySideRow[], side: 'left' | 'right'): string[][] =>
  rows.map((r) => r[side].filter((s) => s.changed).map((s) => s.text));

describe('sideBySide', () => {
  it.each([
    ['both empty', '', ''],
    ['one paragraph changed', 'One.\n\nTwo is here.\n\nThree.', 'One.\n\nTwo was here.\n\nThree.'],
    ['a paragraph removed', 'One.\nTwo.\nThree.\n', 'One.\nThree.\n'],
    ['no line breaks at all', 'a b c', 'a x c'],
    ['unicode', 'Grüße 👋\nаб', 'Grüsse 👋\nав'],
  ])('rebuilds both texts exactly: %s', (_name, a, b) => {
    const rows = sideBySide(diffWords(a, b));
    expect(column(rows, 'left')).toBe(a);
    expect(column(rows, 'right')).toBe(b);
  });

  it('starts a row at every shared line break and marks changes in their row', () => {
    const rows = sideBySide(diffWords('One.\nTwo is here.\nThree.', 'One.\nTwo was here.\nThree.'));
    expect(rows).toHaveLength(3);
    expect(marked(rows, 'left')).toEqual([[], ['is'], []]);
    expect(marked(rows, 'right')).toEqual([[], ['was'], []]);
  });

  it('keeps a removed paragraph in the row where it was, opposite nothing', () => {
    const rows = sideBySide(diffWords('One.\nGone now.\nThree.', 'One.\nThree.'));
    expect(rows.map((r) => column([r], 'left'))).toEqual(['One.\n', 'Gone now.\n', 'Three.']);
    expect(rows.map((r) => column([r], 'right'))).toEqual(['One.\n', '', 'Three.']);
  });
});

import { describe, expect, it } from 'vitest';
import { diffWords, sideBySide } from '../../shared/similarity';
import { drawRows } from './compareRows';

describe('drawRows', () => {
  it('drops blank spacer rows and trailing line breaks', () => {
    const rows = sideBySide(diffWords('One two.\n\nThree four.', 'One two.\n\nThree five.'));
    const drawn = drawRows(rows);
    expect(drawn.map((r) => r.left.map((s) => s.text).join(''))).toEqual(['One two.', 'Three four.']);
    expect(drawn.map((r) => r.right.map((s) => s.text).join(''))).toEqual(['One two.', 'Three five.']);
    expect(drawn.map((r) => r.changed)).toEqual([false, true]);
  });

  it('marks the changed words on each side', () => {
    const [row] = drawRows(sideBySide(diffWords('The early boat goes.', 'The late boat goes.')));
    expect(row?.left.filter((s) => s.changed).map((s) => s.text.trim())).toEqual(['early']);
    expect(row?.right.filter((s) => s.changed).map((s) => s.text.trim())).toEqual(['late']);
  });

  it('keeps a paragraph that is only on one side, opposite an empty cell', () => {
    const drawn = drawRows(sideBySide(diffWords('A a a.\n\nB b b.', 'A a a.\n\nNew para.\n\nB b b.')));
    const added = drawn.find((r) => r.right.some((s) => s.text.includes('New para')));
    expect(added?.changed).toBe(true);
    expect(
      added?.left
        .map((s) => s.text)
        .join('')
        .trim(),
    ).toBe('');
  });

  it('is empty for no rows', () => expect(drawRows([])).toEqual([]));
});

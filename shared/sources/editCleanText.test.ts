import { describe, expect, it } from 'vitest';
import type { Extraction } from '../model/source';
import { insertBlock, originalPlace, removeBlock } from './editCleanText';

const ex = (removed: string[], removedAt?: (number | null)[]): Extraction => ({
  version: 1,
  removed,
  ...(removedAt ? { removedAt } : {}),
  blocks: [],
  pages: [],
  footnotes: [],
});
const TEXT = 'One.\n\nTwo.\n\nThree.';

describe('clean text edits', () => {
  it.each([
    ['at the start', 0, 'X.\n\nOne.\n\nTwo.\n\nThree.', 0],
    ['before the second paragraph', 6, 'One.\n\nX.\n\nTwo.\n\nThree.', 6],
    ['inside a paragraph goes before it', 8, 'One.\n\nX.\n\nTwo.\n\nThree.', 6],
    ['at the end', TEXT.length, 'One.\n\nTwo.\n\nThree.\n\nX.', TEXT.length + 2],
  ])('inserts a block %s', (_why, at, text, start) => {
    const change = insertBlock(TEXT, ex(['X.']), 0, at);
    expect(change.text).toBe(text);
    expect(change.start).toBe(start);
    expect(change.text.slice(change.start, change.end)).toBe('X.');
    expect(change.extraction.removed).toEqual([]);
    // Old offsets of "Three." land on "Three." again.
    const three = change.shift(TEXT.indexOf('Three.'));
    expect(three === null ? null : change.text.slice(three, three + 6)).toBe('Three.');
  });

  it.each([
    ['the middle paragraph', 7, 9, 'One.\n\nThree.', 'Two.', 6],
    ['the last paragraph', 13, 14, 'One.\n\nTwo.', 'Three.', 10],
    ['the first paragraph', 0, 2, 'Two.\n\nThree.', 'One.', 0],
    ['two paragraphs at once', 2, 8, 'Three.', 'One.\n\nTwo.', 0],
  ])('removes %s whole and remembers where it was cut', (_why, start, end, text, block, at) => {
    const change = removeBlock(TEXT, ex([]), start, end);
    expect(change.text).toBe(text);
    expect(change.block).toBe(block);
    expect(change.extraction.removedAt).toEqual([at]);
    expect(change.shift(TEXT.indexOf(block) + 1)).toBeNull();
    // Undo puts it back exactly.
    const back = insertBlock(
      change.text,
      change.extraction,
      0,
      originalPlace(change.text, change.extraction, 0, null) ?? -1,
    );
    expect(back.text).toBe(TEXT);
  });

  it('refuses to remove the whole article or nothing', () => {
    expect(() => removeBlock('Only.', ex([]), 0, 3)).toThrow(/whole article/);
    expect(() => removeBlock(TEXT, ex([]), 3, 3)).toThrow();
  });

  it('finds where an importer-cut block stood from the original text', () => {
    const original = 'Menu Home\n\nOne.\n\nRead more: other story\n\nTwo.\n\nThree.\n\nSubscribe';
    expect(originalPlace(TEXT, ex(['Read more: other story']), 0, original)).toBe(6);
    expect(originalPlace(TEXT, ex(['Menu Home']), 0, original)).toBe(0);
    expect(originalPlace(TEXT, ex(['Subscribe']), 0, original)).toBe(TEXT.length);
    expect(originalPlace(TEXT, ex(['Not in the original']), 0, original)).toBeNull();
    expect(originalPlace(TEXT, ex(['Anything']), 0, null)).toBeNull();
  });
});

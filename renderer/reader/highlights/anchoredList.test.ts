import { describe, expect, it } from 'vitest';
import type { AnchoredHighlight } from '../../../shared/contract/results';
import type { Highlight } from '../../../shared/model';
import { anchoredAt, byReadingOrder, healthSummary, withHighlight } from './anchoredList';

function highlight(id: string, start: number, createdAt = '2025-01-01T00:00:00.000Z'): Highlight {
  return {
    id,
    createdAt,
    updatedAt: createdAt,
    sourceId: 's',
    color: 1,
    comment: '',
    tags: [],
    entityIds: [],
    quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + 1 },
    confidential: false,
  };
}
const orphan = (id: string): AnchoredHighlight => ({
  highlight: highlight(id, 0),
  anchor: { status: 'orphan', score: 0, method: 'none' },
});

describe('reading order', () => {
  it('puts placed passages by position, orphans last, ties by age', () => {
    const list = [
      orphan('o'),
      anchoredAt(highlight('b', 10)),
      anchoredAt(highlight('a2', 3, '2025-02-01T00:00:00.000Z')),
      anchoredAt(highlight('a1', 3)),
    ].sort(byReadingOrder);
    expect(list.map((h) => h.highlight.id)).toEqual(['a1', 'a2', 'b', 'o']);
  });

  it('adds or replaces by id', () => {
    const list = [anchoredAt(highlight('a', 1)), anchoredAt(highlight('b', 9))];
    expect(withHighlight(list, anchoredAt(highlight('c', 5))).map((h) => h.highlight.id)).toEqual([
      'a',
      'c',
      'b',
    ]);
    expect(withHighlight(list, anchoredAt(highlight('a', 20))).map((h) => h.highlight.id)).toEqual([
      'b',
      'a',
    ]);
  });
});

describe('healthSummary', () => {
  it.each([
    [{ exact: 12, fuzzy: 1, orphaned: 1 }, '12 exact · 1 fuzzy · 1 orphaned'],
    [{ exact: 3, fuzzy: 0, orphaned: 0 }, '3 exact'],
    [{ exact: 0, fuzzy: 0, orphaned: 2 }, '2 orphaned'],
    [{ exact: 0, fuzzy: 0, orphaned: 0 }, '0 exact'],
  ])('%j', (health, expected) => {
    expect(healthSummary(health)).toBe(expected);
  });
});

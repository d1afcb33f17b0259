import { describe, expect, it } from 'vitest';
import type { SourceSummary } from '../../shared/model/source';
import { isSortKey, sortSources, type SortKey } from './sortSources';

const source = (id: string, over: Partial<SourceSummary>): SourceSummary => ({
  id,
  title: id,
  site: null,
  publishedAt: null,
  wordCount: 0,
  createdAt: '2025-01-01T00:00:00.000Z',
  kind: 'paste',
  authors: [],
  similar: [],
  ...over,
});

const sources = [
  source('a', {
    title: 'banana report',
    createdAt: '2025-01-02T00:00:00.000Z',
    publishedAt: '2024-05-01',
    wordCount: 10,
  }),
  source('b', {
    title: 'Apple inquiry',
    createdAt: '2025-01-03T00:00:00.000Z',
    publishedAt: null,
    wordCount: 300,
  }),
  source('c', {
    title: 'item 10',
    createdAt: '2025-01-01T00:00:00.000Z',
    publishedAt: '2024-06-01T09:00:00Z',
    wordCount: 50,
  }),
  source('d', { title: 'item 9', createdAt: '2025-01-04T00:00:00.000Z', publishedAt: null, wordCount: 50 }),
];

describe('sortSources', () => {
  const cases: Array<[SortKey, string[]]> = [
    ['added', ['d', 'b', 'a', 'c']],
    // Case-insensitive, numbers in numeric order.
    ['title', ['b', 'a', 'd', 'c']],
    // Newest publication first, undated last (newest added among them first).
    ['published', ['c', 'a', 'd', 'b']],
    // Most words first; a tie goes to the newest added.
    ['words', ['b', 'd', 'c', 'a']],
  ];
  it.each(cases)('%s', (key, expected) => {
    expect(sortSources(sources, key).map((s) => s.id)).toEqual(expected);
  });

  it('does not change its input', () => {
    const before = sources.map((s) => s.id);
    sortSources(sources, 'title');
    expect(sources.map((s) => s.id)).toEqual(before);
  });
});

describe('isSortKey', () => {
  it.each([
    ['added', true],
    ['words', true],
    ['size', false],
    [null, false],
    [3, false],
  ])('%s -> %s', (value, expected) => {
    expect(isSortKey(value)).toBe(expected);
  });
});

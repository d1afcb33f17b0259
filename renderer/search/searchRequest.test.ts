import { describe, expect, it } from 'vitest';
import { NO_FILTERS, searchRequest, type FilterValues } from './searchRequest';

describe('searchRequest', () => {
  it.each<[Partial<FilterValues>, object]>([
    [{}, { query: 'q', limit: 10 }],
    [{ kinds: ['note', 'source'] }, { query: 'q', limit: 10, kinds: ['source', 'note'] }],
    [{ kinds: ['source', 'highlight', 'note', 'entity', 'claim'] }, { query: 'q', limit: 10 }],
    [
      { site: '  example.org ', tag: ' ' },
      { query: 'q', limit: 10, site: 'example.org' },
    ],
    [
      { dateFrom: '2026-01-01', dateTo: '2026-02-01', hasHighlights: true, entityId: 'e1', tag: 'lead' },
      {
        query: 'q',
        limit: 10,
        dateFrom: '2026-01-01',
        dateTo: '2026-02-01',
        hasHighlights: true,
        entityId: 'e1',
        tag: 'lead',
      },
    ],
  ])('%j', (filters, expected) => {
    expect(searchRequest(' q ', { ...NO_FILTERS, ...filters }, 10)).toEqual(expected);
  });
});

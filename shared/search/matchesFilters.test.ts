import { describe, expect, it } from 'vitest';
import type { DocMeta } from './docTable';
import { filterPredicate } from './matchesFilters';

const meta = (date?: string): DocMeta => ({
  id: 'd',
  kind: 'source',
  title: '',
  filters: date ? { date } : {},
});

describe('filterPredicate dateTo', () => {
  // [dateTo, date, kept]: a date-only (or month) bound covers everything that starts with it.
  const cases: [string, string | undefined, boolean][] = [
    ['2024-05-15', '2024-05-15', true],
    ['2024-05-15', '2024-05-15T23:59:59Z', true],
    ['2024-05-15', '2024-05-16', false],
    ['2024-05-15', '2024-05-14T10:00:00Z', true],
    ['2024-05', '2024-05-31T08:00:00Z', true],
    ['2024-05', '2024-06-01', false],
    ['2024-05-15T12:00:00Z', '2024-05-15T12:00:01Z', false],
    ['2024-05-15T12:00:00Z', '2024-05-15', true],
    ['2024-05-15', '2024', true],
    ['2024-05-15', undefined, false],
  ];
  it.each(cases)('dateTo %s keeps %s: %s', (dateTo, date, kept) => {
    expect(filterPredicate({ dateTo })(meta(date))).toBe(kept);
    // The definition the predicate implements without slicing.
    if (date) expect(!(date.slice(0, dateTo.length) > dateTo)).toBe(kept);
  });
});

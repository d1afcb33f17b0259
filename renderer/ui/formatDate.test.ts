import { describe, expect, it } from 'vitest';
import { formatDate, formatWordCount } from './formatDate';

describe('formatDate', () => {
  it.each([
    [null, ''],
    ['', ''],
    // A calendar day stays that day whatever the machine's time zone.
    ['2024-03-01', '1 Mar 2024'],
    ['2024-12-31', '31 Dec 2024'],
    ['not a date', 'not a date'],
    // A Tokyo morning is the 14th on the page, though the 13th in UTC: the page's day is shown.
    ['2025-03-14T05:00:00+09:00', '14 Mar 2025'],
    ['2025-03-13T22:00:00-05:00', '13 Mar 2025'],
  ])('%s -> %s', (value, expected) => {
    expect(formatDate(value, 'en-GB')).toBe(expected);
  });

  it('formats a full timestamp', () => {
    expect(formatDate('2024-06-15T12:00:00Z', 'en-GB')).toBe('15 Jun 2024');
  });
});

describe('formatWordCount', () => {
  it.each([
    [0, '0 words'],
    [1, '1 word'],
    [1234, '1,234 words'],
  ])('%i -> %s', (count, expected) => {
    expect(formatWordCount(count, 'en-GB')).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { findAbsoluteDate, findDates } from './findDates';
import { normalizeDate } from './normalizeDate';
import { parseDateline } from './parseDateline';
import { findRelativeDate } from './relativeDate';

const AT = '2025-06-12T15:00:00Z';

describe('findAbsoluteDate', () => {
  it.each([
    ['June 3, 2025', '2025-06-03'],
    ['Jun. 3rd, 2025', '2025-06-03'],
    ['3 June 2025', '2025-06-03'],
    ['12. März 2025, 14:05 Uhr', '2025-03-12'],
    ['3 juin 2025 à 09h15', '2025-06-03'],
    ['3 de junio de 2025', '2025-06-03'],
    ['2025-06-03', '2025-06-03'],
    ['2025-06-03T10:00:00+02:00', '2025-06-03T08:00:00Z'],
    ['03.06.2025', '2025-06-03'],
    ['06/03/2025', '2025-06-03'],
    ['25/03/2025', '2025-03-25'],
    ['June 3, 2025 at 4:15 p.m. EDT', '2025-06-03T20:15:00Z'],
    ['3 June 2025 14:05 GMT', '2025-06-03T14:05:00Z'],
  ])('%j → %s', (text, iso) => {
    expect(findAbsoluteDate(text, AT)?.iso).toBe(iso);
  });
  it('infers the year of a yearless date and marks it approximate', () => {
    expect(findAbsoluteDate('May 14', AT)).toMatchObject({ iso: '2025-05-14', approximate: true });
    expect(findAbsoluteDate('December 20', AT)).toMatchObject({ iso: '2024-12-20', approximate: true });
  });
  it.each(['February 30, 2025', '2025-13-01', 'no date here', '5 min read'])('rejects %j', (text) => {
    expect(findAbsoluteDate(text, AT)).toBeNull();
  });
});

describe('findRelativeDate', () => {
  it.each([
    ['3 days ago', '2025-06-09'],
    ['2 hours ago', '2025-06-12T13:00:00Z'],
    ['an hour ago', '2025-06-12T14:00:00Z'],
    ['35 minutes ago', '2025-06-12T14:25:00Z'],
    ['1 week ago', '2025-06-05'],
    ['2 months ago', '2025-04-12'],
    ['yesterday', '2025-06-11'],
    ['vor 3 Stunden', '2025-06-12T12:00:00Z'],
    ['vor 2 Tagen', '2025-06-10'],
    ['il y a 4 jours', '2025-06-08'],
    ['hace 2 días', '2025-06-10'],
  ])('%j → %s', (text, iso) => {
    expect(findRelativeDate(text, AT)?.iso).toBe(iso);
  });
  it('marks relative dates approximate', () => {
    expect(findDates('Published: 5 days ago', AT)[0]).toMatchObject({
      iso: '2025-06-07',
      approximate: true,
      role: 'published',
    });
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2025-06-10T18:45:00-05:00', '2025-06-10T18:45:00-05:00'],
    ['2025-03-14T05:00:00+0900', '2025-03-14T05:00:00+09:00'],
    ['2025-06-10T18:45:00Z', '2025-06-10T18:45:00Z'],
    ['2025-06-10T18:45', '2025-06-10T18:45:00'],
    ['2025-06-10', '2025-06-10'],
    ['20250610', '2025-06-10'],
    ['Tue, 10 Jun 2025 18:45:00 GMT', '2025-06-10T18:45:00Z'],
    ['June 10, 2025', '2025-06-10'],
    ['not a date', null],
    ['', null],
  ])('%j → %s', (value, iso) => {
    expect(normalizeDate(value, AT)).toBe(iso);
  });
});

describe('parseDateline', () => {
  it('reads a wire dateline', () => {
    expect(
      parseDateline('PORT ELLIS, Norland, May 14 (Meridian Wire) - The bank held rates.', AT),
    ).toMatchObject({ iso: '2025-05-14', approximate: true });
  });
  it('ignores an ordinary opening sentence', () => {
    expect(parseDateline('On May 14, the bank held rates - again.', AT)).toBeNull();
  });
});

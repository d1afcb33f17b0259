import { describe, expect, it } from 'vitest';
import { findTextDates, type DateAnchor } from './findTextDates';

// Published on Thursday 19 March 2026.
const THU: DateAnchor = { publishedAt: '2026-03-19T08:30:00Z', capturedAt: '2026-03-25T10:00:00Z' };

/** "words → date (~ when approximate)" for every date found. */
const show = (text: string, anchor: DateAnchor = THU) =>
  findTextDates(text, anchor).map(
    (d) => `${text.slice(d.start, d.end)} → ${d.date}${d.approximate ? ' ~' : ''}`,
  );

describe('findTextDates', () => {
  it.each<[string, string, string[], DateAnchor?]>([
    ['English weekday', 'The envoy arrived on Tuesday.', ['Tuesday → 2026-03-17 ~']],
    [
      'a weekday on the day of publication is that day',
      'Talks resume Thursday.',
      ['Thursday → 2026-03-19 ~'],
    ],
    ['a possessive weekday', "Tuesday's meeting ran late.", ["Tuesday's → 2026-03-17 ~"]],
    ['English day word', 'Officials said yesterday that…', ['yesterday → 2026-03-18']],
    ['English month and day', 'The plan was drafted on March 14.', ['March 14 → 2026-03-14']],
    ['English ordinal', 'by the 2nd of March', ['2nd of March → 2026-03-02']],
    ['English full date', 'signed on March 14, 2025 in Geneva', ['March 14, 2025 → 2025-03-14']],
    ['German weekday', 'Die Gespräche begannen am Dienstag in Moskau.', ['Dienstag → 2026-03-17 ~']],
    [
      'German day word and date',
      'Gestern, am 14. März, hieß es',
      ['Gestern → 2026-03-18', '14. März → 2026-03-14'],
    ],
    ['German "hier" is not a day', 'Hier wurde verhandelt.', []],
    ['Spanish weekday', 'La reunión fue el martes por la tarde.', ['martes → 2026-03-17 ~']],
    ['Spanish date with fillers', 'el 14 de marzo de 2026', ['14 de marzo de 2026 → 2026-03-14']],
    ['Spanish day word', 'Ayer se reunieron.', ['Ayer → 2026-03-18']],
    [
      'French weekday and day word',
      'Mardi, puis hier soir',
      ['Mardi → 2026-03-17 ~', 'hier → 2026-03-18'],
      { ...THU, language: 'fr' },
    ],
    ["French aujourd'hui", "aujourd'hui à Paris", ["aujourd'hui → 2026-03-19"]],
    ['Russian day word', 'Вчера стороны договорились.', ['Вчера → 2026-03-18']],
    ['Russian weekday after its preposition', 'Встреча прошла во вторник.', ['вторник → 2026-03-17 ~']],
    ['Russian "среда" as environment is no day', 'окружающая среда страдает', []],
    ['Russian date', 'к 14 марта', ['14 марта → 2026-03-14']],
    ['Ukrainian weekday', 'Зустріч відбулася у середу.', ['середу → 2026-03-18 ~']],
    ['Italian day word', 'Ieri il ministro ha detto', ['Ieri → 2026-03-18']],
    ['Polish day word', 'Wczoraj rano', ['Wczoraj → 2026-03-18']],
    [
      'ISO and dotted dates',
      'Stand 2026-03-01, laut Bericht vom 02.03.2026',
      ['2026-03-01 → 2026-03-01', '02.03.2026 → 2026-03-02'],
    ],
    [
      'a slashed date that could be either way is approximate',
      'on 03/04/2026',
      ['03/04/2026 → 2026-04-03 ~'],
    ],
    [
      'December named in January is last year',
      'since December 28',
      ['December 28 → 2025-12-28'],
      { publishedAt: '2026-01-05', capturedAt: '2026-01-05T00:00:00Z' },
    ],
    [
      'without a publication date, relative days are approximate',
      'yesterday',
      ['yesterday → 2026-03-24 ~'],
      { publishedAt: null, capturedAt: '2026-03-25T10:00:00Z' },
    ],
    ['numbers that are not dates', 'a 19-point plan with 20 points, in 2026 terms', []],
    ['an impossible day', 'February 30', []],
    ['"may" needs a day beside it', 'It may rain; talks may 5', ['may 5 → 2025-05-05']],
  ])('%s', (_name, text, expected, anchor) => {
    expect(show(text, anchor)).toEqual(expected);
  });

  it('stays linear on long runs of separators and numbers', () => {
    const text = `${'1.'.repeat(50_000)} ${'Tuesday '.repeat(5_000)}`;
    const dates = findTextDates(text, THU);
    expect(dates.length).toBeLessThanOrEqual(2000);
  });
});

import { describe, expect, it } from 'vitest';
import { parseByline } from './parseByline';
import { readMetaLine } from './readMetaLine';

const AT = '2025-06-12T15:00:00Z';

describe('parseByline', () => {
  it.each([
    ['By Dana Whitfield', ['Dana Whitfield']],
    ['By Ana Ruiz and Tom Bell', ['Ana Ruiz', 'Tom Bell']],
    ['By Ana Ruiz, Tom Bell and Li Wei', ['Ana Ruiz', 'Tom Bell', 'Li Wei']],
    ['By Naomi Fairweather, Health Correspondent', ['Naomi Fairweather']],
    ['Author: Sophia Brooks', ['Sophia Brooks']],
    ['Written by Jean-Luc O’Neill', ['Jean-Luc O’Neill']],
    ['Posted by Hank Morrow on March 3, 2025', ['Hank Morrow']],
    ['Reporting by Tomas Reyes; Editing by Hannah Voss', ['Tomas Reyes']],
    ['Von Anna Schäfer, Berlin', ['Anna Schäfer']],
    ['Par Claire Dubois', ['Claire Dubois']],
    ['By Ludwig van der Berg | June 3, 2025', ['Ludwig van der Berg']],
    ['By Jane Doe, The Lakeside Courier', ['Jane Doe']],
    ['By Reuters', ['Reuters']],
  ])('%j → %j', (line, names) => {
    expect(parseByline(line, AT)).toEqual(names);
  });
  it.each([
    'By the time officials arrived, the fire had spread.',
    'By Tuesday the council had voted',
    'By Jane Doe and then the council voted on the plan',
    'Bystanders filmed the crash',
  ])('not a byline: %j', (line) => {
    expect(parseByline(line, AT)).toBeNull();
  });
});

describe('readMetaLine', () => {
  it.each([
    ['By Ana Ruiz | 3 June 2025 | 4 min read', ['Ana Ruiz'], ['2025-06-03']],
    ['Published 11 June 2025', [], ['2025-06-11']],
    ['• Last update: 3 days ago', [], ['2025-06-09']],
    ['Posted on March 18, 2025 by Gabriel Mensah', ['Gabriel Mensah'], ['2025-03-18']],
    [
      'By Connor Vance 2 hours ago Updated 35 minutes ago',
      ['Connor Vance'],
      ['2025-06-12T13:00:00Z', '2025-06-12T14:25:00Z'],
    ],
    ['Saturday 14 June 2025 · 08:30', [], ['2025-06-14']],
    ['Keisha Okafor | February 19, 2025 at 12:05 p.m.', [], ['2025-02-19']],
    ['1.2K Views', [], []],
  ])('%j', (line, authors, dates) => {
    const meta = readMetaLine(line, AT);
    expect(meta?.authors).toEqual(authors);
    expect(meta?.dates.map((d) => d.iso)).toEqual(dates);
  });
  it('tags update dates as modified', () => {
    expect(readMetaLine('Updated June 9, 2025', AT)?.dates[0]?.role).toBe('modified');
  });
  it.each([
    'The council met on June 3, 2025 to discuss the ferry terminal and its cost.',
    'Ferries cancelled until Thursday',
    '',
  ])('not a meta line: %j', (line) => {
    expect(readMetaLine(line, AT)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { foldForMatch, fuzzyScore, rankByFuzzy } from './fuzzyScore';

describe('fuzzyScore', () => {
  it.each([
    ['new note', 'New note', true],
    ['nn', 'New note', true],
    ['note new', 'New note', true],
    ['NEW', 'New note', true],
    ['resume', 'Résumé of the case', true],
    ['xyz', 'New note', false],
    ['newz', 'New note', false],
    ['', 'anything', true],
    ['exp pack', 'Export a research packet', true],
  ])('%j in %j matches: %s', (query, text, matches) => {
    expect(fuzzyScore(query, text) !== null).toBe(matches);
  });

  it('ranks a word start above a substring above scattered letters', () => {
    const start = fuzzyScore('not', 'New note')!;
    const inside = fuzzyScore('ote', 'New note')!;
    const scattered = fuzzyScore('nwn', 'New note')!;
    expect(start).toBeGreaterThan(inside);
    expect(inside).toBeGreaterThan(scattered);
  });

  it('folds case and accents', () => {
    expect(foldForMatch('Ça Été')).toBe('ca ete');
  });

  it('keeps the given order on ties and drops non-matches', () => {
    expect(rankByFuzzy(['Go to Notes', 'Go to Claims', 'Import'], 'go to', (s) => s)).toEqual([
      'Go to Notes',
      'Go to Claims',
    ]);
    expect(rankByFuzzy(['b', 'a'], '  ', (s) => s)).toEqual(['b', 'a']);
  });

  it('stays linear on long text', () => {
    expect(fuzzyScore('a'.repeat(50) + 'b', 'a'.repeat(100_000))).toBeNull();
  });
});

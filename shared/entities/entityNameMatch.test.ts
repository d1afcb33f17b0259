import { describe, expect, it } from 'vitest';
import { entityNameRank, foldEntityName } from './entityNameMatch';

describe('entityNameRank', () => {
  it.each([
    [['Vladimir Putin'], 'Putin', 1],
    [['Vladimir Putin'], 'putin', 1],
    [['Vladimir Putin'], 'vladimir putin', 0],
    [['Vladimir Putin'], 'V Putin', 1],
    [['Vladimir Putin'], 'Vlad', 1],
    [['Vladimir Putin'], 'utin', 2],
    [['Vladimir Putin'], 'Putin Vladimir', null],
    [['Vladimir Putin', 'the president'], 'President', 1],
    [['José López Obrador'], 'Lopez', 1],
    [['José López Obrador'], 'jose lopez', 1],
    [['Zürich'], 'zurich', 0],
    [['J. K. Rowling'], 'jk', null],
    [['J. K. Rowling'], 'j k rowling', 0],
    [['Anna Portnova'], 'Medvedev', null],
    [['Anna Portnova'], '', null],
    [['Владимир Путин'], 'путин', 1],
  ] as const)('%j ← %j: %s', (names, query, rank) => {
    expect(entityNameRank(names, query)).toBe(rank);
  });

  it('folds case, accents and punctuation', () => {
    expect(foldEntityName('  Ça, Été!  ')).toBe('ca ete');
  });
});

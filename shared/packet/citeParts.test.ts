import { describe, expect, it } from 'vitest';
import { asciiFold, dateParts, splitName } from './citeParts';
import { slugify } from './slugify';

describe('splitName', () => {
  it.each([
    ['Mara Quist', { given: 'Mara', family: 'Quist' }],
    ['Ines van der Dahl', { given: 'Ines', family: 'van der Dahl' }],
    ['Quist, Mara', { given: 'Mara', family: 'Quist' }],
    ['  Anna   Maria  Brell ', { given: 'Anna Maria', family: 'Brell' }],
    ['Reuters', { literal: 'Reuters' }],
    ['Staff 24', { literal: 'Staff 24' }],
    ['Quist,', { literal: 'Quist,' }],
  ])('%s', (name, parts) => {
    expect(splitName(name)).toEqual(parts);
  });
});

describe('dateParts', () => {
  it.each([
    ['2024-05-06', [2024, 5, 6]],
    ['2024-05-06T10:00:00Z', [2024, 5, 6]],
    ['2024-05', [2024, 5]],
    ['2024', [2024]],
    ['2024-13-01', [2024]],
    ['2024-02-00', [2024, 2]],
    ['yesterday', null],
    [null, null],
  ] as const)('%s', (value, parts) => {
    expect(dateParts(value)).toEqual(parts);
  });
});

describe('slugify', () => {
  it.each([
    ['Budget Notes', 'budget-notes'],
    ['Ærø: Straße & Café', 'aero-strasse-cafe'],
    ['  --  ', 'note'],
    ['日本語', 'note'],
    ['a'.repeat(100), 'a'.repeat(60)],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title, new Set())).toBe(slug);
  });

  it('makes repeated titles unique', () => {
    const taken = new Set<string>();
    expect(['Draft', 'Draft', 'draft'].map((t) => slugify(t, taken))).toEqual([
      'draft',
      'draft-2',
      'draft-3',
    ]);
  });

  it('folds accents to ASCII', () => {
    expect(asciiFold('Łódź Øre')).toBe('Lodz Ore');
  });
});

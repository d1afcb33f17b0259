import { describe, expect, it } from 'vitest';
import type { Entity, Highlight } from '../model';
import { mergeEntities, namesOf, retagHighlights, uniteAliases } from './mergeEntities';

const entity = (over: Partial<Entity>): Entity => ({
  id: 'e1',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  type: 'person',
  name: 'Yuri Ushakov',
  aliases: [],
  description: '',
  ...over,
});

describe('entity merge', () => {
  it.each([
    ['Yuri Ushakov', [['Ushakov'], ['ushakov', 'Y. Ushakov']], ['Ushakov', 'Y. Ushakov']],
    ['A', [['a', ' A '], []], []],
    ['A', [['', '  '], ['B']], ['B']],
  ])('uniteAliases(%s, %j) = %j', (name, lists, expected) => {
    expect(uniteAliases(name, ...lists)).toEqual(expected);
  });

  it('unites names and aliases and keeps a description', () => {
    const kept = entity({ aliases: ['Ushakov'] });
    const merged = entity({
      id: 'e2',
      name: 'Y. Ushakov',
      aliases: ['Ushakov', 'Kremlin aide'],
      description: 'Aide',
    });
    const result = mergeEntities(kept, merged, '2026-02-02T00:00:00.000Z');
    expect(result).toMatchObject({
      id: 'e1',
      name: 'Yuri Ushakov',
      description: 'Aide',
      updatedAt: '2026-02-02T00:00:00.000Z',
    });
    expect(result.aliases).toEqual(['Ushakov', 'Y. Ushakov', 'Kremlin aide']);
    expect(namesOf(result)).toEqual(['Yuri Ushakov', 'Ushakov', 'Y. Ushakov', 'Kremlin aide']);
  });

  it('moves tags without duplicating and only returns changed highlights', () => {
    const h = (id: string, entityIds: string[]) =>
      ({ id, entityIds, updatedAt: 'old' }) as unknown as Highlight;
    const changed = retagHighlights(
      [h('1', ['e2']), h('2', ['e1', 'e2']), h('3', ['e3'])],
      'e2',
      'e1',
      'now',
    );
    expect(changed.map((c) => [c.id, c.entityIds])).toEqual([
      ['1', ['e1']],
      ['2', ['e1']],
    ]);
  });
});

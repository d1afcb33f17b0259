import { describe, expect, it } from 'vitest';
import type { Entity } from '../../shared/model';
import { hasName, matchEntities } from './matchEntities';

const entity = (id: string, name: string, aliases: string[] = []): Entity => ({
  id,
  name,
  aliases,
  type: 'person',
  description: '',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});
const all = [
  entity('1', 'Yuri Ushakov', ['Ushakov']),
  entity('2', 'Port Authority'),
  entity('3', 'Anna Portnova'),
  entity('4', 'Kremlin', ['the Kremlin']),
];

describe('matchEntities', () => {
  it.each([
    ['', [], ['Anna Portnova', 'Kremlin', 'Port Authority', 'Yuri Ushakov']],
    ['ush', [], ['Yuri Ushakov']],
    ['USHAKOV', [], ['Yuri Ushakov']],
    ['port', [], ['Anna Portnova', 'Port Authority']],
    ['ortn', [], ['Anna Portnova']],
    ['the k', [], ['Kremlin']],
    ['port', ['2'], ['Anna Portnova']],
    ['zzz', [], []],
  ])('%j excluding %j', (query, exclude, expected) => {
    expect(matchEntities(all, query, exclude).map((e) => e.name)).toEqual(expected);
  });

  it('stops at the limit', () => {
    expect(matchEntities(all, '', [], 2)).toHaveLength(2);
  });
});

describe('hasName', () => {
  it.each([
    ['yuri ushakov', true],
    [' Ushakov ', true],
    ['Ushak', false],
    ['the kremlin', true],
  ])('%j', (query, expected) => {
    expect(hasName(all, query)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../shared/search/types';
import { parseRoute, routeHash, type Route } from '../ui/route';
import { hitLink, kindHeading } from './hitLink';

describe('hitLink', () => {
  it.each<[Pick<SearchHit, 'kind' | 'id' | 'sourceId'>, string]>([
    [{ kind: 'source', id: 's1' }, '#/source/s1'],
    [{ kind: 'highlight', id: 'h1', sourceId: 's1' }, '#/source/s1/h/h1'],
    [{ kind: 'highlight', id: 'h1' }, '#/'],
    [{ kind: 'note', id: 'n1' }, '#/notes/n1'],
    [{ kind: 'entity', id: 'e 1' }, '#/entity/e%201'],
    [{ kind: 'claim', id: 'c1' }, '#/claims'],
  ])('%j', (hit, expected) => {
    expect(hitLink(hit)).toBe(expected);
  });

  it('names groups in the singular for one', () => {
    expect(kindHeading('entity', 1)).toBe('Entity');
    expect(kindHeading('entity', 3)).toBe('Entities');
  });
});

describe('search route', () => {
  it.each<[string, Route]>([
    ['#/search', { name: 'search', q: '' }],
    ['#/search?q=ushakov', { name: 'search', q: 'ushakov' }],
    ['#/search?q=%22next%20meeting%22%20-talks', { name: 'search', q: '"next meeting" -talks' }],
  ])('%j', (hash, expected) => {
    expect(parseRoute(hash)).toEqual(expected);
  });

  it('round-trips awkward queries', () => {
    for (const q of ['a?b&c=d', 'Genève #1', '']) {
      expect(parseRoute(routeHash({ name: 'search', q }))).toEqual({ name: 'search', q });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from '../ui/route';

// The details and comparison routes live in lib/route.ts; tested here beside the pages that use them.
describe('details and comparison routes', () => {
  const cases: Array<[string, Route]> = [
    ['#/source/abc/details', { name: 'sourceDetails', id: 'abc' }],
    ['#/source/abc/details?show=removed', { name: 'sourceDetails', id: 'abc', showRemoved: true }],
    ['#/source/a%2Fb/details', { name: 'sourceDetails', id: 'a/b' }],
    ['#/compare/left-1/right-2', { name: 'compare', leftId: 'left-1', rightId: 'right-2' }],
  ];
  it.each(cases)('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(routeHash(route)).toBe(hash);
  });

  it('does not mistake the reader or a broken address for them', () => {
    expect(parseRoute('#/source/abc')).toEqual({ name: 'source', id: 'abc' });
    expect(parseRoute('#/source/abc/details/more')).toEqual({ name: 'library' });
    expect(parseRoute('#/compare/only-one')).toEqual({ name: 'library' });
    expect(parseRoute('#/compare/%E0%A4%A/x')).toEqual({ name: 'library' });
  });
});

import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from './route';

describe('parseRoute', () => {
  it.each<[string, Route]>([
    ['', { name: 'library' }],
    ['#/', { name: 'library' }],
    [
      '#/source/0190f1c2-aaaa-7bbb-8ccc-123456789abc',
      { name: 'source', id: '0190f1c2-aaaa-7bbb-8ccc-123456789abc' },
    ],
    ['#/source/', { name: 'library' }],
    ['#/source/a/b', { name: 'library' }],
    ['#/source/%E0%A4%A', { name: 'library' }],
    ['#/elsewhere', { name: 'library' }],
  ])('%j', (hash, expected) => {
    expect(parseRoute(hash)).toEqual(expected);
  });

  it('round-trips through routeHash', () => {
    const route: Route = { name: 'source', id: 'abc def' };
    expect(parseRoute(routeHash(route))).toEqual(route);
    expect(routeHash({ name: 'library' })).toBe('#/');
  });
});

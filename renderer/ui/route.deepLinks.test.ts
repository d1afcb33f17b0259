import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, sourceLink, type Route } from './route';

const S = '0190f1c2-aaaa-7bbb-8ccc-123456789abc';
const H = '0190f1c2-bbbb-7bbb-8ccc-123456789abc';

describe('parseRoute: sections and deep links', () => {
  it.each<[string, Route]>([
    [`#/source/${S}/h/${H}`, { name: 'source', id: S, highlightId: H }],
    [`#/source/${S}?at=120`, { name: 'source', id: S, at: 120 }],
    [`#/source/${S}?at=120&to=127`, { name: 'source', id: S, at: 120, to: 127 }],
    [`#/source/${S}?at=120&to=100`, { name: 'source', id: S, at: 120 }],
    [`#/source/${S}?at=-3`, { name: 'source', id: S }],
    [`#/source/${S}?at=abc`, { name: 'source', id: S }],
    [`#/source/${S}/h/`, { name: 'library' }],
    [`#/source/${S}/h/%E0%A4%A`, { name: 'library' }],
    ['#/entities', { name: 'entities' }],
    [`#/entity/${S}`, { name: 'entity', id: S }],
    ['#/entity/', { name: 'library' }],
    ['#/claims', { name: 'claims' }],
    ['#/notes', { name: 'notes' }],
    [`#/notes/${S}`, { name: 'notes', id: S }],
  ])('%s', (hash, expected) => {
    expect(parseRoute(hash)).toEqual(expected);
  });

  it.each<Route>([
    { name: 'source', id: S, highlightId: H },
    { name: 'source', id: S, at: 0 },
    { name: 'source', id: S, at: 5, to: 9 },
    { name: 'entities' },
    { name: 'entity', id: 'a b/c' },
    { name: 'claims' },
    { name: 'notes' },
    { name: 'notes', id: S },
  ])('round-trips %j', (route) => {
    expect(parseRoute(routeHash(route))).toEqual(route);
  });
});

describe('sourceLink', () => {
  it.each<[Parameters<typeof sourceLink>[1], string]>([
    [{}, `#/source/${S}`],
    [{ highlightId: H }, `#/source/${S}/h/${H}`],
    [{ highlightId: H, offset: 4 }, `#/source/${S}/h/${H}`],
    [{ offset: 42 }, `#/source/${S}?at=42`],
    [{ offset: 42, end: 49 }, `#/source/${S}?at=42&to=49`],
    [{ offset: 42, end: 42 }, `#/source/${S}?at=42`],
    [{ offset: -1 }, `#/source/${S}`],
    [{ offset: 1.5 }, `#/source/${S}`],
    [{ highlightId: null, offset: null }, `#/source/${S}`],
  ])('%j', (target, expected) => {
    expect(sourceLink(S, target)).toBe(expected);
  });
});

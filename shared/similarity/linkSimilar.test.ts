import { describe, expect, it } from 'vitest';
import type { Source } from '../model/source';
import { linkSimilar, lookupIn, type SimilarLink } from './linkSimilar';

const source = (id: string, similar: SimilarLink[] = []) => ({ id, similar }) as unknown as Source;
const linksOf = (sources: Source[]) => Object.fromEntries(sources.map((s) => [s.id, s.similar]));

describe('linkSimilar', () => {
  it.each([
    [
      'links both ways',
      [source('a'), source('b')],
      'b',
      [{ sourceId: 'a', score: 0.8 }],
      { a: [{ sourceId: 'b', score: 0.8 }], b: [{ sourceId: 'a', score: 0.8 }] },
    ],
    [
      'keeps the higher score of a pair linked twice',
      [source('a', [{ sourceId: 'b', score: 0.9 }]), source('b', [{ sourceId: 'a', score: 0.9 }])],
      'b',
      [{ sourceId: 'a', score: 0.7 }],
      { a: [{ sourceId: 'b', score: 0.9 }], b: [{ sourceId: 'a', score: 0.9 }] },
    ],
    [
      'raises a lower score',
      [source('a', [{ sourceId: 'b', score: 0.6 }]), source('b')],
      'b',
      [{ sourceId: 'a', score: 0.7 }],
      { a: [{ sourceId: 'b', score: 0.7 }], b: [{ sourceId: 'a', score: 0.7 }] },
    ],
    [
      'drops links to sources not in the notebook, and to itself',
      [source('a'), source('b')],
      'b',
      [
        { sourceId: 'gone', score: 0.9 },
        { sourceId: 'b', score: 1 },
      ],
      { a: [], b: [] },
    ],
    ['ignores an unknown id', [source('a')], 'zz', [{ sourceId: 'a', score: 0.9 }], { a: [] }],
  ])('%s', (_name, sources, id, links, expected) => {
    linkSimilar(lookupIn(sources), id, links);
    expect(linksOf(sources)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { groupByIndependence, type IndependenceSource } from './independence';

const src = (
  id: string,
  over: Partial<IndependenceSource> = {},
  similar: Array<[string, number]> = [],
): IndependenceSource => ({
  id,
  title: `Title ${id}`,
  site: null,
  publishedAt: null,
  capturedAt: '2026-03-20T12:00:00Z',
  similar: similar.map(([sourceId, score]) => ({ sourceId, score })),
  ...over,
});

/** Groups as "original: member(relation) …", sorted, for compact tables. */
function describe_(sources: IndependenceSource[]): string[] {
  return groupByIndependence(sources)
    .map((g) =>
      g.members.map((m) => (m.of ? `${m.sourceId}(${m.relation} of ${m.of})` : m.sourceId)).join(' '),
    )
    .sort();
}

describe('groupByIndependence', () => {
  it.each<[string, IndependenceSource[], string[]]>([
    [
      'unrelated sources stand alone',
      [src('a', { site: 'Ledger' }), src('b', { site: 'Courier' }), src('c')],
      ['a', 'b', 'c'],
    ],
    [
      'a rewrite pair is one group; the earlier published is the original',
      [
        src('copy', { publishedAt: '2026-03-15' }, [['orig', 0.7]]),
        src('orig', { publishedAt: '2026-03-14' }, [['copy', 0.7]]),
      ],
      ['orig copy(rewrite of orig)'],
    ],
    [
      'without publication dates, the earlier capture is the original',
      [
        src('late', { capturedAt: '2026-03-21T09:00:00Z' }, [['early', 0.8]]),
        src('early', { capturedAt: '2026-03-20T09:00:00Z' }, [['late', 0.8]]),
      ],
      ['early late(rewrite of early)'],
    ],
    [
      'a link recorded on one side only still joins the pair',
      [src('a', { publishedAt: '2026-03-14' }, [['b', 0.9]]), src('b', { publishedAt: '2026-03-16' })],
      ['a b(rewrite of a)'],
    ],
    [
      'a chain of three is one group, however the links run',
      [
        src('c', { publishedAt: '2026-03-16' }, [['b', 0.6]]),
        src('b', { publishedAt: '2026-03-15' }, [
          ['a', 0.7],
          ['c', 0.6],
        ]),
        src('a', { publishedAt: '2026-03-14' }, [['b', 0.7]]),
      ],
      ['a c(rewrite of a) b(rewrite of a)'],
    ],
    [
      'same day: the one the others are most like is the original',
      [
        src('x', { publishedAt: '2026-03-14' }, [['hub', 0.9]]),
        src('hub', { publishedAt: '2026-03-14' }, [
          ['x', 0.9],
          ['y', 0.8],
        ]),
        src('y', { publishedAt: '2026-03-14' }, [['hub', 0.8]]),
      ],
      ['hub x(rewrite of hub) y(rewrite of hub)'],
    ],
    [
      'two copies of a wire story on one outlet count once, whatever their wording',
      [
        src('w1', { site: 'Daily Courier', publishedAt: '2026-03-14T08:00:00Z' }),
        src('w2', { site: 'daily  courier', publishedAt: '2026-03-14T10:00:00Z' }),
        src('other', { site: 'The Ledger' }),
      ],
      ['other', 'w1 w2(same-outlet of w1)'],
    ],
    [
      'links to sources outside the set are ignored',
      [src('a', {}, [['elsewhere', 0.9]]), src('b', {}, [['elsewhere', 0.9]])],
      ['a', 'b'],
    ],
    [
      'an unparseable publication date falls back to the capture time',
      [
        src('a', { publishedAt: 'sometime in March', capturedAt: '2026-03-10T00:00:00Z' }, [['b', 0.7]]),
        src('b', { publishedAt: '2026-03-12' }, [['a', 0.7]]),
      ],
      ['a b(rewrite of a)'],
    ],
    ['the same source twice counts once', [src('a'), src('a')], ['a']],
  ])('%s', (_name, sources, expected) => {
    expect(describe_(sources)).toEqual(expected);
  });

  it('handles thousands of sources in one chain without recursion', () => {
    const n = 20_000;
    const chain = Array.from({ length: n }, (_, i) =>
      src(`s${i}`, { publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() }, [
        [`s${i + 1}`, 0.8],
      ]),
    );
    const groups = groupByIndependence(chain);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.originalId).toBe('s0');
  });
});

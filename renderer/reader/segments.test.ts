import { describe, expect, it } from 'vitest';
import { buildSegments, type Span } from './segments';

const P = [
  { start: 0, end: 20 },
  { start: 22, end: 40 },
];
const seg = (start: number, end: number, ...ids: string[]) => ({ start, end, ids, colors: ids.map(() => 0) });

describe('buildSegments', () => {
  it.each<[string, Span[], ReturnType<typeof seg>[][]]>([
    ['no highlights', [], [[seg(0, 20)], [seg(22, 40)]]],
    [
      'one inside a paragraph',
      [{ id: 'a', start: 5, end: 9 }],
      [[seg(0, 5), seg(5, 9, 'a'), seg(9, 20)], [seg(22, 40)]],
    ],
    ['whole paragraph', [{ id: 'a', start: 0, end: 20 }], [[seg(0, 20, 'a')], [seg(22, 40)]]],
    [
      'across the paragraph gap',
      [{ id: 'a', start: 15, end: 25 }],
      [
        [seg(0, 15), seg(15, 20, 'a')],
        [seg(22, 25, 'a'), seg(25, 40)],
      ],
    ],
    [
      'overlapping: shorter span listed first',
      [
        { id: 'long', start: 2, end: 12 },
        { id: 'short', start: 8, end: 10 },
      ],
      [
        [seg(0, 2), seg(2, 8, 'long'), seg(8, 10, 'short', 'long'), seg(10, 12, 'long'), seg(12, 20)],
        [seg(22, 40)],
      ],
    ],
    [
      'partial overlap',
      [
        { id: 'a', start: 2, end: 8 },
        { id: 'b', start: 5, end: 12 },
      ],
      [[seg(0, 2), seg(2, 5, 'a'), seg(5, 8, 'a', 'b'), seg(8, 12, 'b'), seg(12, 20)], [seg(22, 40)]],
    ],
    [
      'touching highlights stay separate',
      [
        { id: 'a', start: 2, end: 5 },
        { id: 'b', start: 5, end: 9 },
      ],
      [[seg(0, 2), seg(2, 5, 'a'), seg(5, 9, 'b'), seg(9, 20)], [seg(22, 40)]],
    ],
    [
      'identical ranges',
      [
        { id: 'b', start: 3, end: 6 },
        { id: 'a', start: 3, end: 6 },
      ],
      [[seg(0, 3), seg(3, 6, 'a', 'b'), seg(6, 20)], [seg(22, 40)]],
    ],
    [
      'empty and inverted spans are ignored',
      [
        { id: 'a', start: 4, end: 4 },
        { id: 'b', start: 9, end: 3 },
      ],
      [[seg(0, 20)], [seg(22, 40)]],
    ],
    [
      'a span only in the gap draws nothing',
      [{ id: 'a', start: 20, end: 22 }],
      [[seg(0, 20)], [seg(22, 40)]],
    ],
  ])('%s', (_name, spans, expected) => {
    expect(buildSegments(P, spans).map((p) => p.segments)).toEqual(expected);
  });

  it('changes a paragraph key only when its segments change', () => {
    const before = buildSegments(P, [{ id: 'a', start: 25, end: 30 }]);
    const after = buildSegments(P, [
      { id: 'a', start: 25, end: 30 },
      { id: 'b', start: 1, end: 3 },
    ]);
    expect(after[1]!.key).toBe(before[1]!.key);
    expect(after[0]!.key).not.toBe(before[0]!.key);
  });

  it('carries colours innermost first and redraws on a recolour', () => {
    const spans = [
      { id: 'long', start: 2, end: 12, color: 3 },
      { id: 'short', start: 8, end: 10, color: 5 },
    ];
    const [first] = buildSegments(P, spans);
    expect(first!.segments[2]).toEqual({ start: 8, end: 10, ids: ['short', 'long'], colors: [5, 3] });
    const recoloured = buildSegments(P, [spans[0]!, { ...spans[1]!, color: 1 }]);
    expect(recoloured[0]!.key).not.toBe(first!.key);
  });

  it('covers every character exactly once, however the spans overlap', () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => ({ start: i * 100, end: i * 100 + 90 }));
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const spans = Array.from({ length: 1000 }, (_, i) => {
      const start = random(20_000);
      return { id: `h${i}`, start, end: start + 1 + random(300) };
    });
    const result = buildSegments(paragraphs, spans);
    // One segment per stretch between two cut points (a paragraph's or a span's ends), so the drawn marks
    // grow with the number of highlights, not with their overlaps. (Paint time: highlights.spec.ts.)
    const segmentCount = result.reduce((n, entry) => n + entry.segments.length, 0);
    expect(segmentCount).toBeLessThanOrEqual(2 * paragraphs.length + 2 * spans.length);
    result.forEach((entry, i) => {
      const p = paragraphs[i]!;
      let at = p.start;
      for (const s of entry.segments) {
        expect(s.start).toBe(at);
        const covering = spans
          .filter((h) => h.start <= s.start && h.end >= s.end)
          .map((h) => h.id)
          .sort();
        expect([...s.ids].sort()).toEqual(covering);
        at = s.end;
      }
      expect(at).toBe(p.end);
    });
  });
});

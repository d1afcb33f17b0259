import { describe, expect, it } from 'vitest';
import { buildTimeline, filterTimeline, type TimelineHighlight, type TimelineSource } from './buildTimeline';
import { indexTimeline, lookupTimeline } from './timelineIndex';

const source = (
  id: string,
  publishedAt: string | null,
  over: Partial<TimelineSource> = {},
): TimelineSource => ({
  id,
  title: `Report ${id}`,
  publishedAt,
  capturedAt: '2026-03-25T00:00:00Z',
  publishedApproximate: false,
  language: 'en',
  tags: [],
  ...over,
});
const highlight = (
  id: string,
  sourceId: string,
  [prefix, exact, suffix]: [string, string, string],
  over: Partial<TimelineHighlight> = {},
): TimelineHighlight => ({
  id,
  sourceId,
  quote: { type: 'TextQuoteSelector', prefix, exact, suffix },
  tags: [],
  entityIds: [],
  ...over,
});

const input = {
  sources: [source('a', '2026-03-19'), source('b', '2026-03-16'), source('c', null, { tags: ['plan'] })],
  highlights: [
    highlight('h1', 'a', ['The envoy ', 'met officials on Tuesday', ' in the capital.'], {
      entityIds: ['envoy'],
    }),
    highlight('h2', 'b', ['Yesterday the ', 'draft listed 20 points', '. Later…'], { tags: ['plan'] }),
    highlight('h3', 'a', ['', 'No date here at all', ''], { entityIds: ['envoy'] }),
    highlight('h4', 'c', ['On ', 'March 2 the talks began', ''], {}),
  ],
  claims: [
    {
      id: 'c1',
      statement: 'The plan has 20 points',
      claimantId: 'envoy',
      evidence: [{ highlightId: 'h2', stance: 'supports' as const, note: '' }],
    },
    { id: 'c2', statement: 'Undated claim', claimantId: null, evidence: [] },
  ],
  questions: [{ id: 'q1', answers: [{ id: 'q1a', text: '20', claimId: 'c1' }] }],
};

describe('buildTimeline', () => {
  const items = buildTimeline(input);

  it('puts dated sources, highlights and claims in date order, leaving undated ones out', () => {
    expect(items.map((i) => `${i.date} ${i.kind} ${i.id}${i.approximate ? ' ~' : ''}`)).toEqual([
      '2026-03-02 highlight h4 ~',
      '2026-03-15 highlight h2',
      '2026-03-15 claim c1',
      '2026-03-16 source b',
      '2026-03-17 highlight h1 ~',
      '2026-03-19 source a',
    ]);
  });

  it('a claim leads to its dated evidence', () => {
    expect(items.find((i) => i.id === 'c1')).toMatchObject({
      highlightId: 'h2',
      sourceId: 'b',
      claimantId: 'envoy',
    });
  });

  it.each([
    [{ entityId: 'envoy' }, ['c1', 'h1', 'a']],
    [{ tag: 'plan' }, ['h2', 'c1', 'b']],
    [{ claimId: 'c1' }, ['h2', 'c1', 'b']],
    [{ questionId: 'q1' }, ['h2', 'c1', 'b']],
    [{ entityId: 'envoy', tag: 'plan' }, ['c1']],
    [{ entityId: 'nobody' }, []],
    [{ tag: 'plan', questionId: 'q1', claimId: 'c1' }, ['h2', 'c1', 'b']],
    [{}, ['h4', 'h2', 'c1', 'b', 'h1', 'a']],
  ])('filter %j', (filter, ids) => {
    expect(filterTimeline(items, filter).map((i) => i.id)).toEqual(ids);
    expect(lookupTimeline(indexTimeline(items), filter).map((i) => i.id)).toEqual(ids);
  });
});

describe('publication day', () => {
  it("keeps the page's own calendar day for a time with its offset", () => {
    const items = buildTimeline({
      sources: [source('t', '2025-03-14T05:00:00+09:00')],
      highlights: [],
      claims: [],
      questions: [],
    });
    expect(items[0]).toMatchObject({ date: '2025-03-14' });
  });
});

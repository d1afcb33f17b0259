import { describe, expect, it } from 'vitest';
import { groupByIndependence, type IndependenceSource } from './independence';
import { RELIABILITY_WEIGHT } from './reliability';
import { groupIndex, weighAnswers, weighClaim, type EvidenceRef } from './weighEvidence';
import type { Reliability } from '../model';

// The running story: an original report, a spun rewrite of it, a third outlet disagreeing.
const sources: IndependenceSource[] = [
  {
    id: 'orig',
    title: 'Original',
    site: 'Harbour Ledger',
    publishedAt: '2026-03-14',
    capturedAt: '2026-03-20T00:00:00Z',
    similar: [{ sourceId: 'spun', score: 0.7 }],
  },
  {
    id: 'spun',
    title: 'Spun',
    site: 'Buzz Daily',
    publishedAt: '2026-03-15',
    capturedAt: '2026-03-20T00:00:00Z',
    similar: [{ sourceId: 'orig', score: 0.7 }],
  },
  {
    id: 'third',
    title: 'Third',
    site: 'Courier',
    publishedAt: null,
    capturedAt: '2026-03-20T00:00:00Z',
    similar: [],
  },
];
const groupOf = groupIndex(groupByIndependence(sources));
const rated =
  (ratings: Record<string, Reliability>) =>
  (id: string): number =>
    RELIABILITY_WEIGHT[ratings[id] ?? 'unknown'];
const sup = (...ids: string[]): EvidenceRef[] => ids.map((sourceId) => ({ sourceId, stance: 'supports' }));

describe('weighing evidence by independent groups and ratings', () => {
  it.each<[string, EvidenceRef[], Record<string, Reliability>, string, string]>([
    ['the original and its copy count once', sup('orig', 'spun'), {}, '2/1', 'supported'],
    ['a spun copy alone supports', sup('spun'), {}, '1/1', 'supported'],
    [
      'a spun copy rated content farm is too weak alone',
      sup('spun'),
      { spun: 'derivative' },
      '1/1',
      'unverified',
    ],
    [
      'rating the copy does not weaken its original',
      sup('orig', 'spun'),
      { spun: 'derivative' },
      '2/1',
      'supported',
    ],
    ['two independent outlets', sup('orig', 'third'), {}, '2/2', 'supported'],
    [
      'context and deleted highlights weigh nothing',
      [
        { sourceId: 'orig', stance: 'context' },
        { sourceId: null, stance: 'supports' },
      ],
      {},
      '0/0',
      'unverified',
    ],
  ])('%s', (_name, evidence, ratings, counts, status) => {
    const w = weighClaim(evidence, groupOf, rated(ratings));
    expect(`${w.support.sources}/${w.support.independent}`).toBe(counts);
    expect(w.suggestedStatus).toBe(status);
  });

  it('rival answers: support for one counts against the other, and ratings move both', () => {
    const answers = [sup('spun'), sup('third')];
    const before = weighAnswers(answers, groupOf, rated({}));
    expect(before.answers.map((a) => a.suggestedStatus)).toEqual(['disputed', 'disputed']);
    expect(before.contested).toBe(true);
    const after = weighAnswers(answers, groupOf, rated({ spun: 'derivative' }));
    expect(after.answers.map((a) => a.suggestedStatus)).toEqual(['refuted', 'supported']);
    expect(after.answers[1]?.against).toEqual({ sources: 1, independent: 1, weight: 0.25 });
  });

  it('adding the original beside its copy adds a source, not an independent one', () => {
    const { answers } = weighAnswers(
      [sup('spun', 'orig'), sup('third')],
      groupOf,
      rated({ spun: 'derivative' }),
    );
    expect(answers[0]?.support).toEqual({ sources: 2, independent: 1, weight: 1 });
    expect(answers.map((a) => a.suggestedStatus)).toEqual(['disputed', 'disputed']);
  });

  it('an answer with no evidence is unverified and leaves the question uncontested', () => {
    const { answers, contested } = weighAnswers([sup('third'), []], groupOf, rated({}));
    expect(answers.map((a) => a.suggestedStatus)).toEqual(['supported', 'refuted']);
    expect(contested).toBe(false);
  });
});

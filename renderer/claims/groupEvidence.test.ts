import { describe, expect, it } from 'vitest';
import type { EvidenceView } from '../../shared/contract/results';
import { groupEvidence } from './groupEvidence';

const e = (
  highlightId: string,
  stance: EvidenceView['stance'],
  sourceId: string | null,
  sourceTitle = '',
): EvidenceView => ({
  highlightId,
  stance,
  note: '',
  quote: sourceId ? `quote ${highlightId}` : null,
  sourceId,
  sourceTitle: sourceId ? sourceTitle : null,
  site: null,
  rating: null,
  suggestedRating: null,
  independence: null,
});

describe('groupEvidence', () => {
  it('is empty without evidence', () => {
    expect(groupEvidence([])).toEqual([]);
  });

  it('groups by stance in a fixed order, then by source in order of appearance', () => {
    const groups = groupEvidence([
      e('h1', 'contradicts', 'B', 'Beta'),
      e('h2', 'supports', 'A', 'Alpha'),
      e('h3', 'supports', 'B', 'Beta'),
      e('h4', 'supports', 'A', 'Alpha'),
      e('h5', 'context', null),
    ]);
    expect(
      groups.map((g) => [
        g.stance,
        g.count,
        g.sources.map((s) => [s.sourceTitle, s.items.map((i) => i.highlightId)]),
      ]),
    ).toEqual([
      [
        'supports',
        3,
        [
          ['Alpha', ['h2', 'h4']],
          ['Beta', ['h3']],
        ],
      ],
      ['contradicts', 1, [['Beta', ['h1']]]],
      ['context', 1, [['Deleted highlights', ['h5']]]],
    ]);
  });

  it('names untitled sources', () => {
    expect(groupEvidence([e('h1', 'supports', 'A', '')])[0]!.sources[0]!.sourceTitle).toBe('Untitled');
  });
});

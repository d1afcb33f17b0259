import { describe, expect, it } from 'vitest';
import { bestFirst, scorePercent, similarLabel } from './similarLabel';

describe('scorePercent', () => {
  it.each([
    [0.81, '81%'],
    [0.5, '50%'],
    [1, '100%'],
    [0.996, '99%'],
    [0.004, '0%'],
  ])('%d → %s', (score, text) => expect(scorePercent(score)).toBe(text));
});

describe('similarLabel', () => {
  it('is null with no links', () => expect(similarLabel([])).toBeNull());
  it('names the closest match and counts the rest', () => {
    expect(
      similarLabel([
        { sourceId: 'a', score: 0.6, title: 'Older' },
        { sourceId: 'b', score: 0.81, title: 'Rewrite' },
        { sourceId: 'c', score: 0.7, title: null },
      ]),
    ).toBe('Similar to: ‘Rewrite’, 81% (+2 more)');
  });
  it('says Untitled for a source without a title', () => {
    expect(similarLabel([{ sourceId: 'a', score: 0.9, title: null }])).toBe('Similar to: ‘Untitled’, 90%');
  });
  it('orders ties by title', () => {
    const sorted = bestFirst([
      { score: 0.7, title: 'b' },
      { score: 0.7, title: 'a' },
    ]);
    expect(sorted.map((s) => s.title)).toEqual(['a', 'b']);
  });
});

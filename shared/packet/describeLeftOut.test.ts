import { describe, expect, it } from 'vitest';
import { describeLeftOut } from './describeLeftOut';

describe('describeLeftOut', () => {
  it.each([
    [{ sources: 0, highlights: 0, entities: 0, citations: 0 }, null],
    [{ sources: 1, highlights: 0, entities: 0, citations: 0 }, '1 confidential source'],
    [
      { sources: 2, highlights: 1, entities: 1, citations: 3 },
      '2 confidential sources, 1 confidential highlight, 1 entity named only in them, 3 citations of them',
    ],
  ])('%j', (leftOut, said) => {
    expect(describeLeftOut(leftOut)).toBe(said);
  });
});

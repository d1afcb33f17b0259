import { describe, expect, it } from 'vitest';
import { suggestStatus } from './claimStatus';
import { RELIABILITY_WEIGHT as W } from './reliability';

describe('suggestStatus', () => {
  it.each([
    ['no evidence', 0, 0, 'unverified'],
    ['one unrated source for', W.unknown, 0, 'supported'],
    ['one content-farm copy for, nothing against', W.derivative, 0, 'unverified'],
    ['four independent content farms for', 4 * W.derivative, 0, 'supported'],
    ['one source against', 0, W.unknown, 'refuted'],
    ['one each way', W.unknown, W.unknown, 'disputed'],
    ['a content farm for, an unrated outlet against', W.derivative, W.unknown, 'refuted'],
    ['an unrated outlet for, a content farm against', W.unknown, W.derivative, 'supported'],
    ['a wire for, an unrated outlet against', W.wire, W.unknown, 'mixed'],
    ['an established outlet each way', W.established, W.established, 'disputed'],
    ['a primary document against two unrated', 2 * W.unknown, W.primary, 'mixed'],
    ['two independent for, one against', 2 * W.unknown, W.unknown, 'mixed'],
    ['three against two', 2 * W.unknown, 3 * W.unknown, 'disputed'],
  ] as const)('%s: %s vs %s suggests %s', (_name, support, against, status) => {
    expect(suggestStatus(support, against)).toBe(status);
  });
});

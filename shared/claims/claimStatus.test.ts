import { describe, expect, it } from 'vitest';
import type { Claim } from '../model';
import { isContested, suggestClaimStatus } from './claimStatus';

const ev = (...stances: Array<'supports' | 'contradicts' | 'context'>): Claim['evidence'] =>
  stances.map((stance, i) => ({ highlightId: `h${i}`, stance, note: '' }));

describe('claim status suggestion', () => {
  it.each([
    [ev(), 'unverified', false],
    [ev('context'), 'unverified', false],
    [ev('supports'), 'supported', false],
    [ev('supports', 'context', 'supports'), 'supported', false],
    [ev('contradicts'), 'refuted', false],
    [ev('supports', 'contradicts'), 'disputed', true],
    [ev('supports', 'supports', 'contradicts', 'contradicts', 'contradicts'), 'disputed', true],
    [ev('supports', 'supports', 'contradicts'), 'mixed', true],
    [ev('contradicts', 'contradicts', 'supports', 'context'), 'mixed', true],
  ] as const)('%j suggests %s (contested: %s)', (evidence, status, contested) => {
    expect(suggestClaimStatus(evidence)).toBe(status);
    expect(isContested(evidence)).toBe(contested);
  });
});

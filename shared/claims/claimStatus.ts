import type { Claim } from '../model';

type Evidence = Claim['evidence'];

/** A claim with evidence on both sides: the board flags it. */
export function isContested(evidence: Evidence): boolean {
  return evidence.some((e) => e.stance === 'supports') && evidence.some((e) => e.stance === 'contradicts');
}

/**
 * The status the evidence suggests; the reporter decides. Context alone says
 * nothing; one-sided evidence suggests supported or refuted; evidence on both
 * sides suggests disputed, or mixed when one side clearly outweighs the other
 * (at least twice as many items) without settling it.
 */
export function suggestClaimStatus(evidence: Evidence): Claim['status'] {
  const supports = evidence.filter((e) => e.stance === 'supports').length;
  const contradicts = evidence.filter((e) => e.stance === 'contradicts').length;
  if (supports === 0 && contradicts === 0) return 'unverified';
  if (contradicts === 0) return 'supported';
  if (supports === 0) return 'refuted';
  const ratio = Math.max(supports, contradicts) / Math.min(supports, contradicts);
  return ratio >= 2 ? 'mixed' : 'disputed';
}

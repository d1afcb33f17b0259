import type { Claim } from '../model';

type Status = Claim['status'];

/** Below this a side is too weak to count on its own: only content-farm copies stand on it. */
export const SOLID_WEIGHT = 1;

/**
 * The one rule for a suggested status; the reporter decides. `support` and `against` are the
 * summed weights of the independent groups on each side (see weighEvidence): copies count once
 * and a group weighs as its best-rated member. A side lighter than SOLID_WEIGHT (say, one
 * content-farm rewrite) is set aside. Then: nothing left suggests unverified; one side alone
 * suggests supported or refuted; both sides suggest disputed, or mixed when one side weighs
 * at least twice the other without settling it.
 */
export function suggestStatus(support: number, against: number): Status {
  const s = support >= SOLID_WEIGHT ? support : 0;
  const a = against >= SOLID_WEIGHT ? against : 0;
  if (s === 0 && a === 0) return 'unverified';
  if (a === 0) return 'supported';
  if (s === 0) return 'refuted';
  return Math.max(s, a) / Math.min(s, a) >= 2 ? 'mixed' : 'disputed';
}

import type { Ratings, Reliability } from '../model';

/**
 * How much one independent group weighs in a suggested status, by the rating of its strongest
 * member. An unrated source weighs 1; anything below 1 on its own (a content farm) is too weak
 * to support or contest a claim by itself (see suggestStatus).
 */
export const RELIABILITY_WEIGHT: Readonly<Record<Reliability, number>> = {
  primary: 4,
  official: 3,
  wire: 3,
  established: 2,
  unknown: 1,
  derivative: 0.25,
};

export const RELIABILITY_LABEL: Readonly<Record<Reliability, string>> = {
  primary: 'Primary document',
  official: 'Official statement',
  wire: 'Wire service',
  established: 'Established outlet',
  unknown: 'Unknown',
  derivative: 'Content farm / derivative',
};

/**
 * The key an outlet is rated under: the site name folded to lower case with runs of space
 * collapsed and a leading "www." dropped, so "The Harbour Ledger" and "the harbour  ledger"
 * share a rating. Null when the source names no outlet.
 */
export function outletKey(site: string | null | undefined): string | null {
  if (!site) return null;
  const key = site
    .normalize('NFKC')
    .toLowerCase()
    .trim()
    .split(/\s+/)
    .join(' ')
    .replace(/^www\./, '');
  return key === '' ? null : key.slice(0, 300);
}

/** A source's rating as it stands, and where it came from. */
export interface EffectiveRating {
  rating: Reliability;
  reason: string;
  /** 'source' when the reporter rated this source, 'outlet' when its outlet, 'none' when neither. */
  from: 'source' | 'outlet' | 'none';
}

/** Lookups over the notebook's ratings; build once per request, then ask per source. */
export function ratingLookup(ratings: Ratings): (sourceId: string, site: string | null) => EffectiveRating {
  const bySource = new Map(ratings.sources.map((r) => [r.sourceId, r]));
  const byOutlet = new Map(ratings.outlets.map((r) => [r.outlet, r]));
  return (sourceId, site) => {
    const own = bySource.get(sourceId);
    if (own) return { rating: own.rating, reason: own.reason, from: 'source' };
    const key = outletKey(site);
    const outlet = key === null ? undefined : byOutlet.get(key);
    if (outlet) return { rating: outlet.rating, reason: outlet.reason, from: 'outlet' };
    return { rating: 'unknown', reason: '', from: 'none' };
  };
}

/**
 * The rating to offer the reporter for a source: "derivative" when the similarity index calls it
 * a synonym-spun copy of its group's probable original and nobody rated it yet; otherwise none.
 * Offered, never applied: the reporter confirms.
 */
export function suggestedRating(
  isCopy: boolean,
  likenessToOriginal: string | null,
  current: EffectiveRating,
): Reliability | null {
  return isCopy && likenessToOriginal === 'spun' && current.from === 'none' ? 'derivative' : null;
}

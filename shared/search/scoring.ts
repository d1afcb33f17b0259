import { type SearchKind, searchKinds } from './types';

/** BM25 term-frequency saturation. */
export const K1 = 1.2;
/** Length normalisation per field (title, names, meta, body): short fields barely need it. */
export const FIELD_B = Float64Array.from([0.3, 0.3, 0.5, 0.75]);

// Weights per kind and field (title, names, meta, body): title > entity names > quote > body.
// A highlight's and a claim's "title" is the quoted or claimed text, so it weighs as a quote.
const WEIGHTS: Record<SearchKind, [number, number, number, number]> = {
  source: [4, 3, 1.5, 1],
  highlight: [2, 3, 1.5, 1],
  note: [4, 3, 1.5, 1],
  entity: [4, 3, 1.5, 1],
  claim: [2.5, 3, 1.5, 1],
};

/** Weight of field f for kind k, at `k * FIELD_COUNT + f`. */
export const FIELD_WEIGHTS = Float64Array.from(searchKinds.flatMap((kind) => WEIGHTS[kind]));

/** Matches through a typo, or a prefix's longer words, count for less than the word typed. */
export const FUZZY_WEIGHT = 0.5;
export const PREFIX_WEIGHT = 0.8;

/** BM25 inverse document frequency, never negative. */
export function idf(docCount: number, df: number): number {
  const n = Math.max(docCount, df);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * One field's share of a document's score. Fields saturate separately and are then weighted
 * (rather than BM25F's weighting before saturation), so a body repeating a word many times
 * cannot outscore a title containing it: a title hit is worth up to 4 × (K1 + 1), a body
 * hit at most 1 × (K1 + 1).
 */
export function fieldScore(tf: number, fieldLength: number, averageLength: number, b: number): number {
  const norm = 1 - b + (b * fieldLength) / (averageLength || 1);
  return (tf * (K1 + 1)) / (tf + K1 * norm);
}

export const kindCode = (kind: SearchKind): number => searchKinds.indexOf(kind);
export const kindOf = (code: number): SearchKind => searchKinds[code] ?? 'source';

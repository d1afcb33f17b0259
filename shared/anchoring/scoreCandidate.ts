import { contextSimilarity, keyTokenFactor } from './similarity';
import type { TextPositionSelector } from './types';
import { wordCutFactor, type QuoteBoundaries } from './wordBoundaries';

/** What a candidate is compared against: the stored selectors, pre-normalised once. */
export interface StoredTarget {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  /** Length of the normalised quote, the measure of how much evidence the quote alone carries. */
  readonly quoteLength: number;
  /** Whether the stored quote began and ended on word boundaries. */
  readonly boundaries: QuoteBoundaries;
  readonly position?: TextPositionSelector | undefined;
}

/**
 * Weight of the quote itself. Short quotes ("the plan") occur anywhere, so their context must
 * vouch for them; a long quote found verbatim is good evidence on its own, even when both of
 * its neighbouring sentences were rewritten or the paragraph moved.
 * 0.55 up to 32 normalised characters, rising linearly to 1.5 at 128 and above; with 1.5 a
 * verbatim quote scores 1.5 / 1.95 ≈ 0.77 even when neither context nor position agrees.
 */
export function quoteWeight(quoteLength: number): number {
  const t = Math.min(1, Math.max(0, (quoteLength - 32) / 96));
  return 0.55 + 0.95 * t;
}

export const PREFIX_WEIGHT = 0.2;
export const SUFFIX_WEIGHT = 0.2;
export const POSITION_WEIGHT = 0.05;
/** Distance (code units) from the stored start at which the position term has fallen to one half. */
export const POSITION_HALF_DISTANCE = 256;

/**
 * Combined score (0..1) of a candidate span text[start..end):
 *
 *   score = (wq·Q + 0.2·P + 0.2·S + 0.05·D) / (wq + 0.2 + 0.2 + 0.05)
 *
 * - Q, quote similarity: `quoteSimilarity` (1 for a verbatim match), times `keyTokenFactor`
 *   (each stored number missing ×0.5, each name missing ×0.6 or re-spelt ×0.9), times
 *   `wordCutFactor` (×0.7 for each end that cuts a word the stored quote did not cut).
 * - wq: `quoteWeight`, 0.55..1.5 by quote length; always the largest single weight.
 * - P, S: prefix/suffix similarity from `contextSimilarity`, rescaled so chance-level context
 *   counts 0. A side with no stored context (quote at the start or end of the text) drops out of
 *   both numerator and denominator, as does D when no position was stored.
 * - D, position closeness: 1 / (1 + distance / 256), a tie-breaker more than evidence.
 */
export function scoreCandidate(
  text: string,
  start: number,
  end: number,
  target: StoredTarget,
  quoteSimilarity: number,
  contextVerbatim = false,
): { score: number; quote: number } {
  const span = text.slice(start, end);
  const keys = span === target.exact ? 1 : keyTokenFactor(target.exact, span);
  const quote = quoteSimilarity * keys * wordCutFactor(text, start, end, target.boundaries);
  // A caller that has seen the stored context verbatim on both sides can skip aligning it.
  const context = contextVerbatim
    ? { prefix: target.prefix.length > 0 ? 1 : null, suffix: target.suffix.length > 0 ? 1 : null }
    : contextSimilarity(text, start, end, target.prefix, target.suffix);
  const wq = quoteWeight(target.quoteLength);
  let weights = wq;
  let sum = wq * quote;
  if (context.prefix !== null) {
    weights += PREFIX_WEIGHT;
    sum += PREFIX_WEIGHT * context.prefix;
  }
  if (context.suffix !== null) {
    weights += SUFFIX_WEIGHT;
    sum += SUFFIX_WEIGHT * context.suffix;
  }
  if (target.position) {
    weights += POSITION_WEIGHT;
    sum += POSITION_WEIGHT * positionCloseness(start, target.position.start);
  }
  return { score: sum / weights, quote };
}

/** 1 at the stored start, one half POSITION_HALF_DISTANCE units away, towards 0 far off. */
export function positionCloseness(start: number, storedStart: number): number {
  return 1 / (1 + Math.abs(start - storedStart) / POSITION_HALF_DISTANCE);
}

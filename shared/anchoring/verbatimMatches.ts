import { occurrences } from './findQuote';
import type { HighlightSelectors, TextQuoteSelector } from './types';

/** Verbatim occurrences scored in full; the rest are ranked by a cheap context check first. */
const MAX_SCORED_OCCURRENCES = 64;

/** Which sides of a verbatim occurrence at `start` still have the stored context verbatim next to them. */
export function contextAgrees(
  text: string,
  start: number,
  quote: TextQuoteSelector,
): 'both' | 'one' | 'none' {
  const end = start + quote.exact.length;
  const { prefix, suffix } = quote;
  const before =
    prefix.length > 0
      ? start >= prefix.length && text.slice(start - prefix.length, start) === prefix
      : start === 0;
  const after = suffix.length > 0 ? text.slice(end, end + suffix.length) === suffix : end === text.length;
  return before && after ? 'both' : before || after ? 'one' : 'none';
}

/** Starts of verbatim occurrences of the quote within text[from..to). */
export function occurrencesWithin(text: string, exact: string, from: number, to: number): number[] {
  const lo = Math.max(0, from);
  return occurrences(text.slice(lo, to), exact).map((at) => at + lo);
}

/**
 * The verbatim occurrences worth scoring. A very common quote ("the") is cut down to those
 * whose raw neighbours agree longest with the stored context, plus those nearest the stored
 * position.
 */
export function verbatimShortlist(text: string, selectors: HighlightSelectors): number[] {
  const { exact, prefix, suffix } = selectors.quote;
  const starts = occurrences(text, exact);
  if (starts.length <= MAX_SCORED_OCCURRENCES) return starts;
  const agreement = (start: number): number => {
    let n = 0;
    while (n < prefix.length && text[start - 1 - n] === prefix[prefix.length - 1 - n]) n++;
    let m = 0;
    while (m < suffix.length && text[start + exact.length + m] === suffix[m]) m++;
    return n + m;
  };
  const half = MAX_SCORED_OCCURRENCES / 2;
  const byContext = [...starts].sort((a, b) => agreement(b) - agreement(a)).slice(0, half);
  const stored = selectors.position?.start;
  const byPosition =
    stored === undefined
      ? []
      : [...starts].sort((a, b) => Math.abs(a - stored) - Math.abs(b - stored)).slice(0, half);
  return [...new Set([...byContext, ...byPosition])];
}

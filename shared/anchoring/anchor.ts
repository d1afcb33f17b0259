import { AppError } from '../errors';
import { occurrences } from './findQuote';
import { fuzzySearch, type FuzzyCandidate } from './fuzzySearch';
import { normalizeSnippet } from './normalizeText';
import { positionCloseness, scoreCandidate, type StoredTarget } from './scoreCandidate';
import {
  DEFAULT_MIN_QUOTE_SIMILARITY,
  DEFAULT_MIN_SCORE,
  type AnchorOptions,
  type AnchorResult,
  type HighlightSelectors,
  type TextQuoteSelector,
} from './types';

/** Verbatim occurrences scored in full; the rest are ranked by a cheap context check first. */
const MAX_SCORED_OCCURRENCES = 64;
/** Scores closer than this count as equal, and the stored position decides. */
const TIE = 1e-9;
/** Raw units either side of the stored position searched before the whole text. */
const NEARBY = 4096;
/** A fuzzy match near the stored position this good is taken without searching the whole text. */
const NEARBY_FUZZY_ACCEPT = 0.9;

/**
 * Finds where a stored highlight now sits in a (possibly edited) text.
 *
 * 1. Position: the quote verbatim at the stored offsets, with the stored context verbatim on at
 *    least one side ⇒ exact, score 1.
 * 2. Quote: every verbatim occurrence is scored with `scoreCandidate` (quote similarity 1);
 *    prefix/suffix similarity tells repeats apart, then closeness to the stored position.
 *    The best at or above `minScore` ⇒ exact. (Shortcut: an occurrence near the stored position
 *    with both contexts verbatim cannot be beaten, so the whole text is not searched.)
 * 3. Fuzzy: approximate occurrences from `fuzzySearch` (normalised text: case, white space,
 *    quote marks and dashes ignored) are scored the same way; quote similarity is capped at
 *    0.99 unless the span is verbatim, and must reach `minQuoteSimilarity`. The best at or
 *    above `minScore` ⇒ fuzzy. The neighbourhood of the stored position is searched first and
 *    a match there scoring 0.9 or more is taken; otherwise the whole text is searched.
 * Otherwise the highlight is an orphan: a look-alike passage elsewhere scores low because its
 * context does not match and changed numbers or names cut its quote similarity.
 * Throws AppError INVALID_INPUT only for malformed selectors or options.
 */
export function anchor(
  text: string,
  selectors: HighlightSelectors,
  options: AnchorOptions = {},
): AnchorResult {
  const minScore = checkedRate(options.minScore, DEFAULT_MIN_SCORE, 'minScore');
  const minQuote = checkedRate(
    options.minQuoteSimilarity,
    DEFAULT_MIN_QUOTE_SIMILARITY,
    'minQuoteSimilarity',
  );
  checkSelectors(text, selectors);
  const { quote, position } = selectors;
  const { exact } = quote;

  if (
    position &&
    text.slice(position.start, position.end) === exact &&
    contextAgrees(text, position.start, quote) !== 'none'
  ) {
    return { status: 'exact', start: position.start, end: position.end, score: 1, method: 'position' };
  }

  const normalizedQuote = normalizeSnippet(exact);
  const target: StoredTarget = {
    exact,
    prefix: normalizeSnippet(quote.prefix),
    suffix: normalizeSnippet(quote.suffix),
    quoteLength: normalizedQuote.length,
    position,
  };
  const closeness = (start: number): number => (position ? positionCloseness(start, position.start) : 0);
  const better = (
    score: number,
    start: number,
    best: { score: number; start: number } | undefined,
  ): boolean =>
    !best ||
    score > best.score + TIE ||
    (score > best.score - TIE && closeness(start) > closeness(best.start));
  const exactResult = (start: number, score: number): AnchorResult => ({
    status: 'exact',
    start,
    end: start + exact.length,
    score,
    method: start === position?.start ? 'position' : 'quote',
  });

  if (position) {
    const lo = Math.max(0, position.start - NEARBY);
    const nearby = occurrences(text.slice(lo, position.end + NEARBY), exact).map((at) => at + lo);
    const whole = nearby.filter((at) => contextAgrees(text, at, quote) === 'both');
    const nearest = whole.sort((a, b) => closeness(b) - closeness(a))[0];
    if (nearest !== undefined)
      return exactResult(
        nearest,
        scoreCandidate(text, nearest, nearest + exact.length, target, 1, true).score,
      );
  }

  let bestScore = 0;
  let bestExact: { score: number; start: number } | undefined;
  for (const start of shortlist(text, occurrences(text, exact), exact.length, selectors)) {
    const { score } = scoreCandidate(text, start, start + exact.length, target, 1);
    bestScore = Math.max(bestScore, score);
    if (better(score, start, bestExact)) bestExact = { score, start };
  }
  if (bestExact && bestExact.score >= minScore) return exactResult(bestExact.start, bestExact.score);

  const bestOf = (
    candidates: FuzzyCandidate[],
  ): { score: number; start: number; end: number } | undefined => {
    let best: { score: number; start: number; end: number } | undefined;
    for (const candidate of candidates) {
      const verbatim = text.slice(candidate.start, candidate.end) === exact;
      const similarity = verbatim ? candidate.similarity : Math.min(candidate.similarity, 0.99);
      const scored = scoreCandidate(text, candidate.start, candidate.end, target, similarity);
      bestScore = Math.max(bestScore, scored.score);
      if (scored.quote >= minQuote && better(scored.score, candidate.start, best))
        best = { ...candidate, score: scored.score };
    }
    return best;
  };
  const rate = 1 - minQuote;
  let bestFuzzy: { score: number; start: number; end: number } | undefined;
  if (position) {
    const within = { start: Math.max(0, position.start - NEARBY), end: position.end + NEARBY };
    bestFuzzy = bestOf(fuzzySearch(text, normalizedQuote, rate, { storedStart: position.start, within }));
    if (bestFuzzy && bestFuzzy.score < Math.max(minScore, NEARBY_FUZZY_ACCEPT)) bestFuzzy = undefined;
  }
  bestFuzzy ??= bestOf(fuzzySearch(text, normalizedQuote, rate, { storedStart: position?.start }));
  if (bestFuzzy && bestFuzzy.score >= minScore) {
    const { start, end, score } = bestFuzzy;
    return {
      status: text.slice(start, end) === exact ? 'exact' : 'fuzzy',
      start,
      end,
      score,
      method: 'fuzzy',
    };
  }
  return { status: 'orphan', score: bestScore, method: 'none' };
}

/** Which sides of a verbatim occurrence still have the stored context verbatim next to them. */
function contextAgrees(text: string, start: number, quote: TextQuoteSelector): 'both' | 'one' | 'none' {
  const end = start + quote.exact.length;
  const before =
    quote.prefix.length > 0
      ? start >= quote.prefix.length && text.slice(start - quote.prefix.length, start) === quote.prefix
      : start === 0;
  const after =
    quote.suffix.length > 0
      ? text.slice(end, end + quote.suffix.length) === quote.suffix
      : end === text.length;
  return before && after ? 'both' : before || after ? 'one' : 'none';
}

/**
 * Limits full scoring of a very common quote ("the") to the occurrences most likely to be
 * right: those whose raw neighbours agree longest with the stored context, plus the ones
 * nearest the stored position.
 */
function shortlist(text: string, starts: number[], length: number, selectors: HighlightSelectors): number[] {
  if (starts.length <= MAX_SCORED_OCCURRENCES) return starts;
  const { prefix, suffix } = selectors.quote;
  const agreement = (start: number): number => {
    let n = 0;
    while (n < prefix.length && text[start - 1 - n] === prefix[prefix.length - 1 - n]) n++;
    let m = 0;
    while (m < suffix.length && text[start + length + m] === suffix[m]) m++;
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

function checkedRate(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new AppError('INVALID_INPUT', `The anchoring option ${name} must be a number from 0 to 1.`);
  }
  return value;
}

function checkSelectors(text: string, selectors: HighlightSelectors): void {
  if (typeof text !== 'string') throw new AppError('INVALID_INPUT', 'The source text is missing.');
  const quote = selectors?.quote as Partial<TextQuoteSelector> | undefined;
  if (!quote || typeof quote.exact !== 'string' || quote.exact.length === 0) {
    throw new AppError('INVALID_INPUT', 'The highlight has no quoted passage to look for.');
  }
  if (typeof quote.prefix !== 'string' || typeof quote.suffix !== 'string') {
    throw new AppError('INVALID_INPUT', 'The highlight is missing the text around its quote.');
  }
  const position = selectors.position;
  if (position === undefined) return;
  const { start, end } = position;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
    throw new AppError('INVALID_INPUT', 'The highlight has a position that does not describe a passage.');
  }
}

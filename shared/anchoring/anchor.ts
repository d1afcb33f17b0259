import { AppError } from '../errors';
import { editDistance } from './bitParallel';
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
import { contextAgrees, occurrencesWithin, verbatimShortlist } from './verbatimMatches';
import { quoteBoundaries, snapToWords, wordCutFactor } from './wordBoundaries';

/** Scores closer than this count as equal, and the stored position decides. */
const TIE = 1e-9;
/** Raw units either side of the stored position searched before the whole text. */
const NEARBY = 4096;
/** A verbatim match this good is taken without looking for an edited passage that fits better. */
const CONVINCING = 0.9;

interface Match {
  start: number;
  end: number;
  score: number;
}

/**
 * Finds where a stored highlight now sits in a (possibly edited) text.
 *
 * 1. Position: the quote verbatim at the stored offsets, with the stored context verbatim on at
 *    least one side and no word cut at its ends ⇒ exact, score 1.
 * 2. Quote: every verbatim occurrence is scored with `scoreCandidate` (quote similarity 1);
 *    prefix/suffix similarity tells repeats apart, then closeness to the stored position.
 *    (An occurrence near the stored position with both contexts verbatim cannot be beaten, so
 *    then the whole text is not searched.) The best scoring 0.9 or more ⇒ exact.
 * 3. Fuzzy: approximate occurrences from `fuzzySearch` (normalised text: case, white space,
 *    quote marks and dashes ignored; spans widened to whole words) are scored the same way,
 *    with quote similarity capped at 0.99 unless verbatim; it must reach `minQuoteSimilarity`.
 *    The neighbourhood of the stored position is searched first, the whole text only if that
 *    yields nothing scoring 0.9. The best of steps 2 and 3 at or above `minScore` is used
 *    (a weak verbatim copy elsewhere loses to the highlighted passage lightly edited in place).
 * Otherwise the highlight is an orphan: a look-alike passage elsewhere scores low because its
 * context does not match and changed numbers or names cut its quote similarity.
 * Throws AppError INVALID_INPUT only for malformed selectors or options.
 */
// Long because the documented steps run in order over the same text and options.
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
  const boundaries = quoteBoundaries(quote.prefix, exact, quote.suffix);
  if (
    position &&
    text.slice(position.start, position.end) === exact &&
    contextAgrees(text, position.start, quote) !== 'none' &&
    wordCutFactor(text, position.start, position.end, boundaries) === 1
  ) {
    return { status: 'exact', start: position.start, end: position.end, score: 1, method: 'position' };
  }

  const normalizedQuote = normalizeSnippet(exact);
  const target: StoredTarget = {
    exact,
    prefix: normalizeSnippet(quote.prefix),
    suffix: normalizeSnippet(quote.suffix),
    quoteLength: normalizedQuote.length,
    boundaries,
    position,
  };
  const closeness = (start: number): number => (position ? positionCloseness(start, position.start) : 0);
  const beats = (a: Match, b: Match | undefined): boolean =>
    !b || a.score > b.score + TIE || (a.score > b.score - TIE && closeness(a.start) > closeness(b.start));
  let bestScore = 0;
  const pick = (candidates: { start: number; end: number; similarity: number }[]): Match | undefined => {
    let best: Match | undefined;
    for (const { start, end, similarity } of candidates) {
      const scored = scoreCandidate(text, start, end, target, similarity);
      bestScore = Math.max(bestScore, scored.score);
      const match = { start, end, score: scored.score };
      if (scored.quote >= minQuote && beats(match, best)) best = match;
    }
    return best;
  };
  const result = (match: Match, method: 'quote' | 'fuzzy'): AnchorResult => ({
    status: text.slice(match.start, match.end) === exact ? 'exact' : 'fuzzy',
    ...match,
    method: method === 'quote' && match.start === position?.start ? 'position' : method,
  });

  if (position) {
    const nearby = occurrencesWithin(text, exact, position.start - NEARBY, position.end + NEARBY);
    const whole = nearby.filter((at) => contextAgrees(text, at, quote) === 'both');
    const start = whole.sort((a, b) => closeness(b) - closeness(a))[0];
    if (start !== undefined) {
      const end = start + exact.length;
      return result({ start, end, score: scoreCandidate(text, start, end, target, 1, true).score }, 'quote');
    }
  }
  const verbatim = pick(
    verbatimShortlist(text, selectors).map((start) => ({ start, end: start + exact.length, similarity: 1 })),
  );
  if (verbatim && verbatim.score >= Math.max(minScore, CONVINCING)) return result(verbatim, 'quote');

  const fuzzyPick = (found: FuzzyCandidate[]): Match | undefined =>
    pick(
      withWholeWords(text, found, normalizedQuote, target).map((c) => ({
        ...c,
        similarity: capped(text, c, exact),
      })),
    );
  const rate = 1 - minQuote;
  let fuzzy: Match | undefined;
  if (position) {
    const within = { start: Math.max(0, position.start - NEARBY), end: position.end + NEARBY };
    fuzzy = fuzzyPick(fuzzySearch(text, normalizedQuote, rate, { storedStart: position.start, within }));
    if (fuzzy && fuzzy.score < Math.max(minScore, CONVINCING)) fuzzy = undefined;
  }
  fuzzy ??= fuzzyPick(fuzzySearch(text, normalizedQuote, rate, { storedStart: position?.start }));

  if (verbatim && verbatim.score >= minScore && !(fuzzy && fuzzy.score > verbatim.score + TIE)) {
    return result(verbatim, 'quote');
  }
  if (fuzzy && fuzzy.score >= minScore) return result(fuzzy, 'fuzzy');
  return { status: 'orphan', score: bestScore, method: 'none' };
}

/** Fuzzy similarity stays below a verbatim match's 1 unless the span is verbatim. */
function capped(text: string, candidate: FuzzyCandidate, exact: string): number {
  return text.slice(candidate.start, candidate.end) === exact
    ? candidate.similarity
    : Math.min(candidate.similarity, 0.99);
}

/** Each fuzzy candidate, plus its widening to whole words when its ends cut words. */
function withWholeWords(
  text: string,
  found: FuzzyCandidate[],
  normalizedQuote: string,
  target: StoredTarget,
): FuzzyCandidate[] {
  const all: FuzzyCandidate[] = [];
  for (const candidate of found) {
    all.push(candidate);
    const { start, end } = snapToWords(text, candidate.start, candidate.end, target.boundaries);
    if (start === candidate.start && end === candidate.end) continue;
    const span = normalizeSnippet(text.slice(start, end));
    const similarity =
      1 - editDistance(normalizedQuote, span) / Math.max(normalizedQuote.length, span.length);
    all.push({ start, end, similarity });
  }
  return all;
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

import { lowerBound } from '../text/lowerBound';
import { compilePattern, leadingAlignment, scanColumns } from './bitParallel';
import { normalizeTextCached, type NormalizedText } from './normalizeText';
import { plausibility, probeGuesses, probesOf } from './probeGuesses';
import { isHighSurrogate, isLowSurrogate, reverseUnits } from './strings';

/** A span of the original text that approximately matches the quote. */
export interface FuzzyCandidate {
  start: number;
  end: number;
  /** 1 − edits / length, measured on normalised text. */
  similarity: number;
}

export interface FuzzySearchOptions {
  /** Raw offset where the passage used to start; always checked, and breaks ties. */
  storedStart?: number | undefined;
  /** Raw span to search instead of the whole text. */
  within?: { start: number; end: number } | undefined;
}

const MAX_CANDIDATES = 32;
/** Quotes longer than this (normalised units) are sampled by their probes before full alignment. */
const LONG_QUOTE = 128;
/** Bit-parallel block steps allowed for verifying guesses, so very long quotes verify fewer. */
const VERIFY_BUDGET = 400_000;

/**
 * Approximate occurrences of a (normalised, non-empty) quote in a text, best first.
 *
 * Bounded in two steps so it stays fast on long texts and long quotes:
 * 1. Probes: up to three evenly spaced 32-unit pieces of the quote (or the whole quote if it is
 *    shorter) are searched over the normalised text with single-word bit-parallel matching,
 *    allowing `maxErrorRate` edits per unit. A passage still similar enough to anchor keeps at
 *    least one probe within that budget. Each hit implies where the quote would start; hits of
 *    different probes that agree are grouped, and the stored position is always a guess too.
 * 2. Verification: the best-supported guesses (most agreeing probes, fewest errors, nearest the
 *    stored position) are checked by aligning the whole quote in a window around them, giving
 *    the matched span and its similarity. Fewer guesses are verified for very long quotes, and
 *    only those whose probes, looked up around the guess, are together less than half wrong.
 */
// Long because both documented phases share the probe tables built at the start.
export function fuzzySearch(
  text: string,
  quote: string,
  maxErrorRate: number,
  options: FuzzySearchOptions = {},
): FuzzyCandidate[] {
  const normalized = normalizeTextCached(text);
  const haystack = normalized.text;
  const m = quote.length;
  if (m === 0 || haystack.length === 0) return [];
  const from = options.within ? toNormalized(normalized, options.within.start) : 0;
  const to = options.within ? toNormalized(normalized, options.within.end) : haystack.length;
  const maxErrors = Math.floor(m * maxErrorRate);
  const slack = Math.min(maxErrors, 96) + 8;
  const hinted =
    options.storedStart === undefined ? undefined : toNormalized(normalized, options.storedStart);

  const probes = probesOf(quote);
  const guesses = probeGuesses(probes, haystack, maxErrorRate, from, to, slack);
  // Sampling the probes first only pays off when aligning the whole quote is costly.
  const plausible = m > LONG_QUOTE ? plausibility(probes) : () => true;
  const distance = (start: number): number => (hinted === undefined ? 0 : Math.abs(start - hinted));
  guesses.sort(
    (a, b) => b.support - a.support || a.errors - b.errors || distance(a.start) - distance(b.start),
  );
  // Always look where the passage used to be, however many look-alikes scored better probes.
  if (hinted !== undefined && hinted >= from && hinted <= to)
    guesses.unshift({ start: hinted, errors: 1, support: 0 });

  const forward = compilePattern(quote);
  const backward = reverseUnits(quote);
  const windowLength = m + 2 * slack;
  const maxVerified = Math.max(
    4,
    Math.min(MAX_CANDIDATES, Math.floor(VERIFY_BUDGET / (windowLength * forward.blocks))),
  );
  const verified: number[] = [];
  const seen = new Set<string>();
  const found: FuzzyCandidate[] = [];
  for (const guess of guesses) {
    if (verified.length >= maxVerified) break;
    if (verified.some((start) => Math.abs(start - guess.start) <= slack / 2)) continue;
    if (!plausible(haystack, guess.start, slack)) continue;
    verified.push(guess.start);
    const lo = Math.max(0, guess.start - slack);
    const hi = Math.min(haystack.length, guess.start + m + slack);
    if (hi <= lo) continue;
    const scores = scanColumns(forward, haystack, lo, hi, false);
    const expected = guess.start + m - lo;
    let bestJ = 0;
    for (let j = 1; j < scores.length; j++) {
      const d = scores[j] ?? Infinity;
      const best = scores[bestJ] ?? Infinity;
      if (d < best || (d === best && Math.abs(j - expected) < Math.abs(bestJ - expected))) bestJ = j;
    }
    const errors = scores[bestJ] ?? Infinity;
    if (errors > maxErrors || bestJ === 0) continue;
    const end = lo + bestJ;
    // Walk back from the best end to find where that best alignment starts.
    const { length } = leadingAlignment(backward, reverseUnits(haystack.slice(lo, end)));
    if (length === 0) continue;
    const span = toRawSpan(text, normalized, end - length, end);
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ ...span, similarity: 1 - errors / Math.max(m, length) });
  }
  return found.sort((a, b) => b.similarity - a.similarity);
}

/** Normalised index of the first kept unit at or after a raw offset. */
function toNormalized(normalized: NormalizedText, raw: number): number {
  return lowerBound(normalized.toRaw, raw);
}

/** Maps a normalised span back to raw offsets, never splitting a surrogate pair. */
function toRawSpan(
  text: string,
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  let rawStart = normalized.toRaw[start] ?? 0;
  let rawEnd = (normalized.toRaw[end - 1] ?? rawStart) + 1;
  if (
    isLowSurrogate(text.charCodeAt(rawStart)) &&
    rawStart > 0 &&
    isHighSurrogate(text.charCodeAt(rawStart - 1))
  )
    rawStart--;
  if (isHighSurrogate(text.charCodeAt(rawEnd - 1)) && isLowSurrogate(text.charCodeAt(rawEnd))) rawEnd++;
  return { start: rawStart, end: rawEnd };
}

import { compilePattern, findApproximate, leadingAlignment, scanColumns } from './bitParallel';
import { normalizeTextCached, type NormalizedText } from './normalizeText';
import { isHighSurrogate, isLowSurrogate, reverseUnits } from './strings';

/** A span of the original text that approximately matches the quote. */
export interface FuzzyCandidate {
  start: number;
  end: number;
  /** 1 − edits / length, measured on normalised text. */
  similarity: number;
}

const PROBE_LENGTH = 32;
const MAX_PROBES = 5;
const MAX_CANDIDATES = 32;

/**
 * Approximate occurrences of a (normalised, non-empty) quote in a text, best first.
 *
 * Bounded in two steps so it stays fast on long texts and long quotes:
 * 1. Probes: up to five evenly spaced 32-unit pieces of the quote (or the whole quote if it is
 *    shorter) are searched over the whole normalised text with single-word bit-parallel
 *    matching, allowing `maxErrorRate` edits per unit. A passage that is still similar enough
 *    to anchor keeps at least one probe within that budget. Each hit implies where the quote
 *    would start; the stored position is always added as a guess too.
 * 2. Verification: the most promising guesses (fewest probe errors, then nearest the stored
 *    position) are checked by aligning the whole quote in a window around them, giving the
 *    matched span and its similarity.
 */
export function fuzzySearch(text: string, quote: string, maxErrorRate: number, storedStart?: number): FuzzyCandidate[] {
  const normalized = normalizeTextCached(text);
  const haystack = normalized.text;
  const m = quote.length;
  if (m === 0 || haystack.length === 0) return [];
  const maxErrors = Math.floor(m * maxErrorRate);
  const guesses: { start: number; errors: number }[] = [];
  for (const probe of probesOf(quote)) {
    const budget = Math.floor(probe.text.length * maxErrorRate);
    for (const hit of findApproximate(probe.text, haystack, budget)) {
      guesses.push({ start: hit.end - probe.text.length - probe.offset, errors: hit.errors / probe.text.length });
    }
  }
  const hinted = storedStart === undefined ? undefined : toNormalized(normalized, storedStart);
  const distance = (start: number): number => (hinted === undefined ? 0 : Math.abs(start - hinted));
  guesses.sort((a, b) => a.errors - b.errors || distance(a.start) - distance(b.start));
  // Always look where the passage used to be, however many look-alikes scored better probes.
  if (hinted !== undefined) guesses.unshift({ start: hinted, errors: 1 });

  const slack = Math.min(maxErrors, 96) + 8;
  const forward = compilePattern(quote);
  const backward = reverseUnits(quote);
  const seen = new Set<string>();
  const chosen: number[] = [];
  const found: FuzzyCandidate[] = [];
  for (const guess of guesses) {
    if (chosen.length >= MAX_CANDIDATES) break;
    if (chosen.some((start) => Math.abs(start - guess.start) <= slack / 2)) continue;
    chosen.push(guess.start);
    const from = Math.max(0, guess.start - slack);
    const to = Math.min(haystack.length, guess.start + m + slack);
    if (to <= from) continue;
    const scores = scanColumns(forward, haystack, from, to, false);
    let bestJ = 0;
    for (let j = 1; j < scores.length; j++) {
      const d = scores[j] ?? Infinity;
      const best = scores[bestJ] ?? Infinity;
      const expected = guess.start + m - from;
      if (d < best || (d === best && Math.abs(j - expected) < Math.abs(bestJ - expected))) bestJ = j;
    }
    const errors = scores[bestJ] ?? Infinity;
    if (errors > maxErrors || bestJ === 0) continue;
    const end = from + bestJ;
    // Walk back from the best end to find where that best alignment starts.
    const { length } = leadingAlignment(backward, reverseUnits(haystack.slice(from, end)));
    if (length === 0) continue;
    const span = toRawSpan(text, normalized, end - length, end);
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ ...span, similarity: 1 - errors / Math.max(m, length) });
  }
  return found.sort((a, b) => b.similarity - a.similarity);
}

function probesOf(quote: string): { text: string; offset: number }[] {
  if (quote.length <= PROBE_LENGTH) return [{ text: quote, offset: 0 }];
  const count = Math.min(MAX_PROBES, Math.ceil(quote.length / PROBE_LENGTH));
  const probes: { text: string; offset: number }[] = [];
  for (let i = 0; i < count; i++) {
    const offset = Math.round((i * (quote.length - PROBE_LENGTH)) / (count - 1));
    probes.push({ text: quote.slice(offset, offset + PROBE_LENGTH), offset });
  }
  return probes;
}

/** Normalised index of the first kept unit at or after a raw offset. */
function toNormalized(normalized: NormalizedText, raw: number): number {
  const { toRaw } = normalized;
  let lo = 0;
  let hi = toRaw.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((toRaw[mid] ?? 0) < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Maps a normalised span back to raw offsets, never splitting a surrogate pair. */
function toRawSpan(text: string, normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  let rawStart = normalized.toRaw[start] ?? 0;
  let rawEnd = (normalized.toRaw[end - 1] ?? rawStart) + 1;
  if (isLowSurrogate(text.charCodeAt(rawStart)) && rawStart > 0 && isHighSurrogate(text.charCodeAt(rawStart - 1))) rawStart--;
  if (isHighSurrogate(text.charCodeAt(rawEnd - 1)) && isLowSurrogate(text.charCodeAt(rawEnd))) rawEnd++;
  return { start: rawStart, end: rawEnd };
}

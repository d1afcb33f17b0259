import { leadingAlignment } from './bitParallel';
import { normalizeSnippet } from './normalizeText';
import { reverseUnits } from './strings';

/**
 * How much of the stored context survives next to a candidate, from 0 to 1, or null when
 * nothing was stored on that side (a quote at the very start or end of its text).
 *
 * The stored prefix must line up with the text that ends exactly where the candidate starts,
 * and the stored suffix with the text that starts exactly where it ends; the far end of each
 * window is free, so a word inserted further out only costs its own length. Raw similarity is
 * 1 − edits / stored length. Unrelated English of the same length still scores about 0.3
 * (shared spaces and common letters), so the value is rescaled to make that baseline 0:
 * context only counts as evidence when it is better than chance.
 */
export function contextSimilarity(text: string, start: number, end: number, storedPrefix: string, storedSuffix: string): {
  prefix: number | null;
  suffix: number | null;
} {
  return {
    prefix: storedPrefix.length === 0 ? null : sideSimilarity(storedPrefix, textBefore(text, start, storedPrefix.length), true),
    suffix: storedSuffix.length === 0 ? null : sideSimilarity(storedSuffix, textAfter(text, end, storedSuffix.length), false),
  };
}

/** Similarity an unrelated context typically reaches; rescaled to zero. */
export const CHANCE_CONTEXT_SIMILARITY = 0.3;

function sideSimilarity(stored: string, actual: string, reversed: boolean): number {
  const pattern = reversed ? reverseUnits(stored) : stored;
  const window = reversed ? reverseUnits(actual) : actual;
  const { distance } = leadingAlignment(pattern, window);
  const raw = 1 - distance / stored.length;
  return Math.max(0, (raw - CHANCE_CONTEXT_SIMILARITY) / (1 - CHANCE_CONTEXT_SIMILARITY));
}

/** Normalised text that ends at `start`, a little longer than the stored prefix. */
function textBefore(text: string, start: number, length: number): string {
  const want = length + slack(length);
  // Raw text may hold runs of white space that collapse, so read generously and trim after.
  const normalized = normalizeSnippet(text.slice(Math.max(0, start - 3 * want), start));
  return normalized.slice(Math.max(0, normalized.length - want));
}

function textAfter(text: string, end: number, length: number): string {
  const want = length + slack(length);
  return normalizeSnippet(text.slice(end, end + 3 * want)).slice(0, want);
}

function slack(length: number): number {
  return Math.ceil(length / 4) + 2;
}

/** Numbers and capitalised words: the tokens that tell one look-alike sentence from another. */
export function keyTokens(text: string): { numbers: string[]; names: string[] } {
  const numbers: string[] = [];
  const names: string[] = [];
  for (const token of text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    if (/\p{N}/u.test(token)) numbers.push(token.toLowerCase());
    else if (/^\p{Lu}/u.test(token)) names.push(token.toLowerCase());
  }
  return { numbers, names };
}

/** Each stored number missing from the candidate halves its quote similarity; each missing name costs a fifth. */
export const MISSING_NUMBER_FACTOR = 0.5;
export const MISSING_NAME_FACTOR = 0.8;

/**
 * Factor (0..1] applied to a candidate's quote similarity for key tokens of the stored quote
 * that the candidate lacks. Compared case-insensitively, so a passage whose case changed keeps
 * its names, but a changed figure ("19-point" → "20-point") or a swapped name does not pass
 * as a small edit.
 */
export function keyTokenFactor(storedExact: string, candidate: string): number {
  const stored = keyTokens(storedExact);
  if (stored.numbers.length === 0 && stored.names.length === 0) return 1;
  const found = new Map<string, number>();
  for (const token of candidate.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    const key = token.toLowerCase();
    found.set(key, (found.get(key) ?? 0) + 1);
  }
  const missing = (tokens: string[]): number => {
    let count = 0;
    for (const token of tokens) {
      const left = found.get(token) ?? 0;
      if (left > 0) found.set(token, left - 1);
      else count++;
    }
    return count;
  };
  return MISSING_NUMBER_FACTOR ** missing(stored.numbers) * MISSING_NAME_FACTOR ** missing(stored.names);
}

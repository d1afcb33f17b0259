import { editDistance, leadingAlignment } from './bitParallel';
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
export function contextSimilarity(
  text: string,
  start: number,
  end: number,
  storedPrefix: string,
  storedSuffix: string,
): {
  prefix: number | null;
  suffix: number | null;
} {
  return {
    prefix:
      storedPrefix.length === 0
        ? null
        : sideSimilarity(storedPrefix, textBefore(text, start, storedPrefix.length), true),
    suffix:
      storedSuffix.length === 0
        ? null
        : sideSimilarity(storedSuffix, textAfter(text, end, storedSuffix.length), false),
  };
}

/** Similarity an unrelated context typically reaches; rescaled to zero. */
export const CHANCE_CONTEXT_SIMILARITY = 0.3;

function sideSimilarity(stored: string, actual: string, reversed: boolean): number {
  const pattern = reversed ? reverseUnits(stored) : stored;
  const span = reversed ? reverseUnits(actual) : actual;
  const { distance } = leadingAlignment(pattern, span);
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

/**
 * Numbers and names: the tokens that tell one look-alike sentence from another. A name is a
 * capitalised word that does not open a sentence (nor the quote), so "The" and "Residents" at
 * a sentence start are ordinary words.
 */
export function keyTokens(text: string): { numbers: string[]; names: string[] } {
  const numbers: string[] = [];
  const names: string[] = [];
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const token = match[0];
    if (/\p{N}/u.test(token)) numbers.push(token.toLowerCase());
    else if (/^\p{Lu}/u.test(token) && !opensSentence(text, match.index)) names.push(token.toLowerCase());
  }
  return { numbers, names };
}

function opensSentence(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 4), at);
  if (/["“«]\s*$/u.test(lead)) return true;
  const before = lead.replace(/[\s"'«»“”‘’([—–-]+$/u, '');
  return before.length === 0 || /[.!?:]$/.test(before);
}

/** Quote-similarity factor per stored number the candidate lacks: a changed figure is a different fact. */
export const MISSING_NUMBER_FACTOR = 0.5;
/** Factor per stored name the candidate lacks outright. */
export const MISSING_NAME_FACTOR = 0.6;
/** Factor per stored name the candidate only has re-spelt (one edit, e.g. a corrected typo). */
export const RESPELT_NAME_FACTOR = 0.9;

/**
 * Factor (0..1] applied to a candidate's quote similarity for key tokens of the stored quote
 * that the candidate lacks. Compared case-insensitively, so a passage whose case changed keeps
 * its names, but a changed figure ("19-point" → "20-point") or a swapped name cannot pass as a
 * small edit: one of either already pulls the similarity below the default 0.7 floor.
 */
export function keyTokenFactor(storedExact: string, candidate: string): number {
  const stored = keyTokens(storedExact);
  if (stored.numbers.length === 0 && stored.names.length === 0) return 1;
  const found = new Map<string, number>();
  for (const token of candidate.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    const key = token.toLowerCase();
    found.set(key, (found.get(key) ?? 0) + 1);
  }
  const take = (token: string): boolean => {
    const left = found.get(token) ?? 0;
    if (left > 0) found.set(token, left - 1);
    return left > 0;
  };
  let factor = 1;
  for (const number of stored.numbers) if (!take(number)) factor *= MISSING_NUMBER_FACTOR;
  for (const name of stored.names) {
    if (take(name)) continue;
    const respelt = [...found.keys()].some(
      (token) => (found.get(token) ?? 0) > 0 && editDistance(token, name) <= 1,
    );
    factor *= respelt ? RESPELT_NAME_FACTOR : MISSING_NAME_FACTOR;
  }
  return factor;
}

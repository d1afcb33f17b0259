/** Whether a stored quote began and ended on word boundaries (it almost always does). */
export interface QuoteBoundaries {
  readonly start: boolean;
  readonly end: boolean;
}

const WORD_UNIT = /[\p{L}\p{M}\p{N}]/u;
/** How far a fuzzy span's end may move to reach the edge of the word it cuts. */
const MAX_SNAP = 24;
/** Quote-similarity factor for each end of a candidate that cuts a word the stored quote did not cut. */
export const WORD_CUT_FACTOR = 0.7;

function isWordAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_UNIT.test(text.charAt(index));
}

/** Boundaries of the stored quote, judged from its own first/last units and its stored context. */
export function quoteBoundaries(prefix: string, exact: string, suffix: string): QuoteBoundaries {
  return {
    start: !(isWordAt(prefix, prefix.length - 1) && isWordAt(exact, 0)),
    end: !(isWordAt(exact, exact.length - 1) && isWordAt(suffix, 0)),
  };
}

/** True when offset `at` falls between two word units. */
export function cutsWord(text: string, at: number): boolean {
  return isWordAt(text, at - 1) && isWordAt(text, at);
}

/**
 * Factor (0..1] for a candidate span that cuts a word where the stored quote began or ended
 * cleanly: a one-letter or one-word quote must not re-anchor inside a longer word ("a" in
 * "than", "plan" in "explanation").
 */
export function wordCutFactor(text: string, start: number, end: number, boundaries: QuoteBoundaries): number {
  let factor = 1;
  if (boundaries.start && cutsWord(text, start)) factor *= WORD_CUT_FACTOR;
  if (boundaries.end && cutsWord(text, end)) factor *= WORD_CUT_FACTOR;
  return factor;
}

/**
 * Widens a fuzzy span to whole words where the stored quote had whole words, because the
 * cheapest alignment of an edited word often stops inside it ("with the" → "with ze|bra").
 */
export function snapToWords(
  text: string,
  start: number,
  end: number,
  boundaries: QuoteBoundaries,
): { start: number; end: number } {
  let s = start;
  let e = end;
  if (boundaries.start) while (s > start - MAX_SNAP && cutsWord(text, s)) s--;
  if (boundaries.end) while (e < end + MAX_SNAP && cutsWord(text, e)) e++;
  return { start: cutsWord(text, s) ? start : s, end: cutsWord(text, e) ? end : e };
}

import type { PatternChunk, PatternSegment, QuotePattern } from './quotePattern';
import { lowerBound } from '../text/lowerBound';
import type { WordText } from './wordText';

/** A passage of a text, as UTF-16 offsets, with the spans each piece of the quotation matched. */
export interface TextSpan {
  start: number;
  end: number;
  pieces: { start: number; end: number }[];
}

/** Steps one search may spend trying where insertions end; beyond it the quotation is not exact. */
const STEP_BUDGET = 20_000;
/** Bracketed insertions one piece may have (each adds a level of recursion). */
const MAX_CHUNKS = 16;

function chunkAt(chunk: PatternChunk, text: WordText, at: number): boolean {
  const { words } = chunk;
  if (at + words.length > text.words.length) return false;
  for (let k = 0; k < words.length; k++) {
    const want = words[k];
    const have = text.words[at + k];
    if (!want || !have) return false;
    if (want.anyCase ? want.lower !== have.lower : want.word !== have.word) return false;
  }
  return true;
}

/** End (word index) of the chunks from `index` on, placed from `at`; -1 when they do not fit. */
function restAt(
  segment: PatternSegment,
  index: number,
  at: number,
  text: WordText,
  budget: { steps: number },
): number {
  const chunk = segment.chunks[index];
  if (!chunk) return at;
  for (let skip = 0; skip <= chunk.wildBefore; skip++) {
    if (--budget.steps < 0) return -1;
    if (!chunkAt(chunk, text, at + skip)) continue;
    const end = restAt(segment, index + 1, at + skip + chunk.words.length, text, budget);
    if (end >= 0) return end;
  }
  return -1;
}

/** The earliest place (word indexes) the piece occurs at or after `from`. */
function findSegment(
  segment: PatternSegment,
  text: WordText,
  from: number,
  budget: { steps: number },
): { start: number; end: number } | null {
  const first = segment.chunks[0];
  if (!first || first.words.length === 0) return null;
  // Probe with the first chunk's rarest word: "the" may occur a thousand times, "Pokrovsk" twice.
  let offset = 0;
  let list: number[] = [];
  for (let k = 0; k < first.words.length; k++) {
    const occurs = text.at.get(first.words[k]?.lower ?? '') ?? [];
    if (occurs.length === 0) return null;
    if (k === 0 || occurs.length < list.length) [offset, list] = [k, occurs];
  }
  for (let i = lowerBound(list, from + offset); i < list.length; i++) {
    if (--budget.steps < 0) return null;
    const start = (list[i] ?? 0) - offset;
    const end = restAt(segment, 0, start, text, budget);
    if (end >= 0) return { start, end };
  }
  return null;
}

/**
 * Where the quotation occurs word for word in the text: each piece in order (the earliest fit,
 * which is enough to know whether the pieces fit in order at all), or null. Bounded: chunk
 * recursion is as deep as the quotation has insertions, and every step counts against a budget.
 */
export function matchExact(pattern: QuotePattern, text: WordText): TextSpan | null {
  // Recursion goes one level per insertion; a piece with more is no quotation we can vouch for.
  if (pattern.segments.length === 0 || pattern.segments.some((s) => s.chunks.length > MAX_CHUNKS))
    return null;
  const budget = { steps: STEP_BUDGET };
  const pieces: { start: number; end: number }[] = [];
  let from = 0;
  for (const segment of pattern.segments) {
    const found = findSegment(segment, text, from, budget);
    if (!found) return null;
    const first = text.words[found.start];
    const last = text.words[found.end - 1];
    if (!first || !last) return null;
    pieces.push({ start: first.start, end: last.end });
    from = found.end;
  }
  return { start: pieces[0]?.start ?? 0, end: pieces[pieces.length - 1]?.end ?? 0, pieces };
}

/**
 * True when some run of `n` consecutive quotation words (trigrams for quotations of eight words
 * or more, else pairs) occurs in the text, case aside. A misquote keeps most of its runs, so a
 * text sharing none is not worth the approximate search.
 */
export function sharesRun(pattern: QuotePattern, text: WordText): boolean {
  const n = pattern.wordCount >= 8 ? 3 : 2;
  let tried = false;
  for (const segment of pattern.segments) {
    for (const { words } of segment.chunks) {
      for (let i = 0; i + n <= words.length; i++) {
        tried = true;
        if (
          runAt(
            words.slice(i, i + n).map((w) => w.lower),
            text,
          )
        )
          return true;
      }
    }
  }
  // Too short for a run (one word between insertions): let the approximate search decide.
  return !tried;
}

function runAt(run: string[], text: WordText): boolean {
  let rarest = 0;
  let list: number[] | undefined;
  for (let k = 0; k < run.length; k++) {
    const occurs = text.at.get(run[k] ?? '');
    if (!occurs) return false;
    if (!list || occurs.length < list.length) [rarest, list] = [k, occurs];
  }
  for (const at of list ?? []) {
    const start = at - rarest;
    if (start >= 0 && run.every((w, k) => text.words[start + k]?.lower === w)) return true;
  }
  return false;
}

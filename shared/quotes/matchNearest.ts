import { fuzzySearch } from '../anchoring/fuzzySearch';
import { normalizeSnippet } from '../anchoring/normalizeText';
import type { TextSpan } from './matchExact';
import { alignWords } from './alignWords';
import type { QuotePattern } from './quotePattern';
import type { WordText } from './wordText';

/** Edits per character the nearest wording may need and still count as the same passage misquoted. */
export const MAX_DIFFER_RATE = 0.34;
/** Pieces shorter than this (normalised) are too short to tell a misquote from a coincidence. */
const MIN_PIECE = 8;

export interface NearestSpan extends TextSpan {
  /** 1 − edits / length of the weakest piece. */
  similarity: number;
}

/**
 * The source's wording nearest to a quotation that is not in it word for word: each piece
 * (between ellipses) found approximately with the anchoring module's fuzzy matcher, in order.
 * Null when any piece has nothing close enough.
 */
export function matchNearest(pattern: QuotePattern, text: string, words: WordText): NearestSpan | null {
  return inOrder(pattern, text) ?? anyOrder(pattern, text) ?? alignWords(pattern, words);
}

/** Approximate search ignores case; a quotation that needed it is not word for word. */
const capped = (similarity: number): number => Math.min(similarity, 0.99);

function inOrder(pattern: QuotePattern, text: string): NearestSpan | null {
  const pieces: { start: number; end: number }[] = [];
  let similarity = 1;
  let from = 0;
  let usable = 0;
  for (const segment of pattern.segments) {
    const needle = normalizeSnippet(segment.plain).trim();
    if (needle.length < MIN_PIECE) continue;
    usable++;
    const within = { start: from, end: text.length };
    const found = fuzzySearch(text, needle, MAX_DIFFER_RATE, { within })[0];
    if (!found || found.start < from) return null;
    pieces.push({ start: found.start, end: found.end });
    similarity = Math.min(similarity, found.similarity);
    from = found.end;
  }
  if (usable === 0 || pieces.length === 0) return null;
  return {
    start: pieces[0]?.start ?? 0,
    end: pieces[pieces.length - 1]?.end ?? 0,
    pieces,
    similarity: capped(similarity),
  };
}

/**
 * Pieces moved around an ellipsis, or one piece rewritten: each piece looked for on its own, and
 * the quotation taken as a misquote of this passage when pieces holding at least half its words
 * are found.
 */
function anyOrder(pattern: QuotePattern, text: string): NearestSpan | null {
  const pieces: { start: number; end: number }[] = [];
  let similarity = 1;
  let total = 0;
  let covered = 0;
  for (const segment of pattern.segments) {
    const needle = normalizeSnippet(segment.plain).trim();
    total += needle.length;
    if (needle.length < MIN_PIECE) continue;
    const found = fuzzySearch(text, needle, MAX_DIFFER_RATE)[0];
    if (!found) continue;
    covered += needle.length;
    pieces.push({ start: found.start, end: found.end });
    similarity = Math.min(similarity, found.similarity);
  }
  if (pieces.length === 0 || covered * 2 < total) return null;
  pieces.sort((a, b) => a.start - b.start);
  const start = pieces[0]?.start ?? 0;
  const end = Math.max(...pieces.map((p) => p.end));
  return { start, end, pieces, similarity: capped(similarity * (covered / total)) };
}

import type { NearestSpan } from './matchNearest';
import type { QuotePattern } from './quotePattern';
import type { WordText } from './wordText';

/** Share of the quotation's words the aligned source passage must hold, in order. */
const MIN_SHARED = 0.6;
/** Longer quotations are left to the character matcher (the table below is quotation × window). */
const MAX_WORDS = 120;
/** Places tried: the first few where a pair of the quotation's words occurs. */
const MAX_SEEDS = 8;

/**
 * The nearest source wording by words rather than characters, for a quotation with whole words
 * dropped or added ("haben wir keine Chance" for "haben wir gegen die großen Häfen keine
 * Chance"), which the character matcher's error budget cannot span. Seeds are places where two
 * consecutive quotation words occur; around each, a longest common subsequence of words
 * (quotation × a window of twice its length) gives the passage and how much of it is shared.
 */
export function alignWords(pattern: QuotePattern, text: WordText): NearestSpan | null {
  const quote = pattern.segments.flatMap((s) => s.chunks.flatMap((c) => c.words.map((w) => w.lower)));
  if (quote.length < 3 || quote.length > MAX_WORDS) return null;
  let best: { start: number; end: number; shared: number; span: number } | null = null;
  for (const seed of seeds(quote, text)) {
    const from = Math.max(0, seed - quote.length);
    const to = Math.min(text.words.length, seed + 2 * quote.length);
    const found = lcsSpan(quote, text, from, to);
    if (found && (!best || found.shared > best.shared)) best = found;
  }
  if (!best || best.shared < MIN_SHARED * quote.length) return null;
  const first = text.words[best.start];
  const last = text.words[best.end - 1];
  if (!first || !last) return null;
  const similarity = Math.min(0.99, best.shared / Math.max(quote.length, best.span));
  return { start: first.start, end: last.end, pieces: [{ start: first.start, end: last.end }], similarity };
}

function seeds(quote: string[], text: WordText): number[] {
  const found: number[] = [];
  for (let i = 0; i + 1 < quote.length && found.length < MAX_SEEDS; i++) {
    for (const at of text.at.get(quote[i] ?? '') ?? []) {
      if (text.words[at + 1]?.lower !== quote[i + 1]) continue;
      if (!found.some((f) => Math.abs(f - (at - i)) < quote.length)) found.push(Math.max(0, at - i));
      if (found.length >= MAX_SEEDS) break;
    }
  }
  return found;
}

/** Longest common subsequence of the quotation and text words [from, to), with the text span it uses. */
function lcsSpan(
  quote: string[],
  text: WordText,
  from: number,
  to: number,
): { start: number; end: number; shared: number; span: number } | null {
  const n = quote.length;
  const m = to - from;
  if (m <= 0) return null;
  const table = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => table[i * (m + 1) + j] ?? 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      table[i * (m + 1) + j] =
        quote[i - 1] === text.words[from + j - 1]?.lower
          ? at(i - 1, j - 1) + 1
          : Math.max(at(i - 1, j), at(i, j - 1));
    }
  }
  // Walk back to find the first and last text words the alignment uses.
  let [i, j] = [n, m];
  let first = -1;
  let last = -1;
  while (i > 0 && j > 0) {
    if (quote[i - 1] === text.words[from + j - 1]?.lower) {
      if (last < 0) last = from + j - 1;
      first = from + j - 1;
      i--;
      j--;
    } else if (at(i - 1, j) >= at(i, j - 1)) i--;
    else j--;
  }
  if (first < 0) return null;
  return { start: first, end: last + 1, shared: at(n, m), span: last + 1 - first };
}

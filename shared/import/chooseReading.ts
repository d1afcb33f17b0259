import { isSentenceLike, wordsOf } from './lineShape';
import type { ArticleBlock } from './types';

/**
 * How much a reading looks like an article, in any language: words in paragraphs that read as
 * sentences, less words in lines that do not (names, buttons, headlines of other stories).
 * List items count half: comment threads and link lists are lists, stories mostly are not.
 */
export function proseScore(blocks: readonly ArticleBlock[]): number {
  let score = 0;
  for (const block of blocks) {
    const words = wordsOf(block.text).length;
    if (!isSentenceLike(block.text)) score -= Math.min(words, 12);
    else score += block.kind === 'li' ? words / 2 : words;
  }
  return score;
}

function size(counts: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const c of counts.values()) n += c;
  return n;
}

function bag(blocks: readonly ArticleBlock[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const block of blocks) for (const w of wordsOf(block.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Words both readings share, as a share of each one's words (0..1). */
export function overlap(
  a: readonly ArticleBlock[],
  b: readonly ArticleBlock[],
): { ofA: number; ofB: number } {
  const [x, y] = [bag(a), bag(b)];
  let shared = 0;
  for (const [w, n] of x) shared += Math.min(n, y.get(w) ?? 0);
  const [sizeX, sizeY] = [size(x), size(y)];
  return { ofA: sizeX === 0 ? 0 : shared / sizeX, ofB: sizeY === 0 ? 0 : shared / sizeY };
}

/** Below this agreement the two readings are about different parts of the page. */
const DIFFERENT = 0.5;

/**
 * Our reading unless plain Readability's disagrees with it and reads more like an article: the
 * library is the floor, our cleanup may only improve on it.
 */
export function chooseReading(
  ours: readonly ArticleBlock[],
  library: readonly ArticleBlock[],
): 'ours' | 'library' {
  if (library.length === 0) return 'ours';
  if (ours.length === 0) return 'library';
  const { ofA, ofB } = overlap(ours, library);
  const [mine, theirs] = [proseScore(ours), proseScore(library)];
  // Different parts of the page (a comment thread against the story): the more article-like wins.
  if (Math.max(ofA, ofB) < DIFFERENT) return theirs > mine ? 'library' : 'ours';
  // Ours is a fragment of the library's reading: take the library's unless the rest is not prose.
  if (ofB < DIFFERENT && theirs > mine * 1.5) return 'library';
  return 'ours';
}

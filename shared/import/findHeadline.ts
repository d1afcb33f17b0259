import { classifyChrome } from './classifyChrome';
import { isSentenceLike, wordsOf } from './lineShape';
import { looksLikeMenu } from './looksLikeMenu';
import { readMetaLine } from './readMetaLine';
import type { CandidateBlock } from './types';

const LOOK_AHEAD = 25;

/** Could this line be a headline: a few words, no sentence-ending full stop. */
export function isHeadlineCandidate(text: string): boolean {
  const words = wordsOf(text);
  return (
    words.length >= 3 &&
    words.length <= 30 &&
    text.length <= 240 &&
    !/[.,;:]$/.test(text.trim()) &&
    /^[\p{Lu}\p{N}"'“‘«„¿¡]/u.test(text.trim())
  );
}

/**
 * Index of the headline among the first paragraphs: the first headline-like line that is not
 * page furniture. Returns -1 when running text starts before any such line.
 */
export function findHeadline(blocks: readonly CandidateBlock[], capturedAt: string, markdown: boolean): number {
  if (markdown) {
    const h = blocks.findIndex((b, i) => i < LOOK_AHEAD && b.kind === 'h' && isHeadlineCandidate(b.text));
    if (h >= 0) return h;
  }
  for (let i = 0; i < Math.min(blocks.length, LOOK_AHEAD); i += 1) {
    const text = blocks[i]!.text;
    if (classifyChrome(text) || readMetaLine(text, capturedAt) || looksLikeMenu(text)) continue;
    if (/\.["”’]?$/.test(text.trim()) || (isSentenceLike(text) && wordsOf(text).length > 30)) return -1;
    if (isHeadlineCandidate(text)) return i;
  }
  return -1;
}

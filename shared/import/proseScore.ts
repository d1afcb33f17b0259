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

import { classifyChrome } from '../../../shared/import/classifyChrome';
import { isSentenceLike, wordsOf } from '../../../shared/import/lineShape';
import type { CandidateBlock } from '../../../shared/import/types';

/** Lines just above the densest run that may still hold the byline, date or standfirst. */
const LEAD_IN = 6;

function score(block: CandidateBlock): number {
  const words = wordsOf(block.text).length;
  if (block.furniture || classifyChrome(block.text) || (block.linkDensity ?? 0) >= 0.5)
    return -Math.max(3, words);
  return isSentenceLike(block.text) ? words : -2;
}

/**
 * The run of blocks with the most prose and least furniture (maximum-sum run, prose words
 * positive, furniture negative), plus a few lines before it for bylines and dates.
 */
export function densestSpan(blocks: readonly CandidateBlock[]): CandidateBlock[] {
  let best = 0;
  let bestStart = 0;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  blocks.forEach((block, i) => {
    if (sum <= 0) [sum, start] = [0, i];
    sum += score(block);
    if (sum > best) [best, bestStart, bestEnd] = [sum, start, i];
  });
  return blocks.slice(Math.max(0, bestStart - LEAD_IN), bestEnd + 1);
}

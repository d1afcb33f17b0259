import { endsLikeSentence } from './lineShape';
import type { CandidateBlock } from './types';

/** A block with the word count and sentence test cleanup has already computed. */
export interface RunItem {
  block: CandidateBlock;
  words: number;
  sentence: boolean;
}

/** Share of a block's characters inside links from which it counts as a link. */
const LINKED = 0.5;
/** Fewest linked headlines that make a list of other stories. */
const MIN_RUN = 3;
/** Longest headline; a longer linked line is a reference or a sentence with a link. */
const HEADLINE_WORDS = 20;
/** A label above the run ("More on this", "Читайте также") is at most this long. */
const LABEL_WORDS = 6;

const linked = (i: RunItem) => (i.block.linkDensity ?? 0) >= LINKED;
// References and footnotes end like sentences ("… 2019."); headlines of other stories do not.
const headlineLike = (i: RunItem) =>
  i.words >= 1 && i.words <= HEADLINE_WORDS && !endsLikeSentence(i.block.text);

/**
 * Indexes of related-story blocks after the article's last paragraph, recognised by structure in
 * any language: a run of at least three short, headline-like, mostly linked items (list items or
 * lines) after the last sentence-like paragraph, with the short label just above it. Plain text
 * carries no link density, so nothing is found there.
 */
export function relatedLinkRuns(blocks: readonly RunItem[]): Set<number> {
  const found = new Set<number>();
  let lastProse = -1;
  for (let i = 0; i < blocks.length; i += 1) {
    const b = blocks[i]!;
    if (!linked(b) && b.sentence && b.words >= 8) lastProse = i;
  }
  if (lastProse < 0) return found;
  let i = lastProse + 1;
  while (i < blocks.length) {
    let j = i;
    let links = 0;
    while (
      j < blocks.length &&
      headlineLike(blocks[j]!) &&
      (linked(blocks[j]!) || blocks[j]!.block.kind === 'h')
    ) {
      if (linked(blocks[j]!)) links += 1;
      j += 1;
    }
    if (links >= MIN_RUN) {
      const label = blocks[i - 1];
      if (i - 1 > lastProse && label && !linked(label) && !label.sentence && label.words <= LABEL_WORDS)
        found.add(i - 1);
      for (let k = i; k < j; k += 1) found.add(k);
    }
    i = Math.max(j, i + 1);
  }
  return found;
}

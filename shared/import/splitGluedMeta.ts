import { findAbsoluteDate } from './findDates';
import { readMetaLine } from './readMetaLine';
import type { CandidateBlock } from './types';

const OPENS_WITH_BYLINE = /^(by|posted by|written by|published|updated|von|par|por)\b/iu;
/** Only the top of a page carries a byline worth separating. */
const HEAD = 12;

/**
 * "Posted by Ana Ruiz on March 3, 2025 The council met..." → the byline/date line and the
 * paragraph, when a layout (or a copy) lost the break between them.
 */
export function splitGluedMeta(blocks: readonly CandidateBlock[], capturedAt: string): CandidateBlock[] {
  return blocks.flatMap((block, i) => {
    if (i >= HEAD || !OPENS_WITH_BYLINE.test(block.text) || block.text.length < 80) return [block];
    const date = findAbsoluteDate(block.text.slice(0, 160), capturedAt);
    if (!date) return [block];
    const cut = date.index + date.length;
    const head = block.text.slice(0, cut).trim();
    const rest = block.text.slice(cut).trim();
    if (!/^[\p{Lu}"“‘«]/u.test(rest) || !readMetaLine(head, capturedAt)) return [block];
    return [
      { ...block, text: head },
      { ...block, text: rest },
    ];
  });
}

import { PARAGRAPH_ATTR } from '../ui/textOffsets';
import { findAll } from './foldedText';

/** Most matches marked at once; past this the count says "more than". */
export const MAX_FIND_MATCHES = 5000;

/**
 * DOM ranges for every match of `needle` in the rendered paragraphs under `root`, in reading
 * order. Works on the text as drawn (highlights split it into several text nodes per paragraph).
 */
export function findRanges(root: Element, needle: string, max = MAX_FIND_MATCHES): Range[] {
  const ranges: Range[] = [];
  if (!needle.trim()) return ranges;
  const doc = root.ownerDocument;
  for (const paragraph of root.querySelectorAll(`[${PARAGRAPH_ATTR}]`)) {
    const nodes: Text[] = [];
    const starts: number[] = [];
    let text = '';
    const walker = doc.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text);
      starts.push(text.length);
      text += (node as Text).data;
    }
    let n = 0;
    const point = (offset: number, isEnd: boolean): [Text, number] => {
      // Text nodes only move forward, so one cursor serves the whole paragraph.
      while (n < nodes.length - 1 && (isEnd ? offset > starts[n + 1]! : offset >= starts[n + 1]!)) n++;
      return [nodes[n]!, offset - starts[n]!];
    };
    for (const match of findAll(text, needle, max - ranges.length)) {
      const range = doc.createRange();
      range.setStart(...point(match.start, false));
      range.setEnd(...point(match.end, true));
      ranges.push(range);
    }
    if (ranges.length >= max) break;
  }
  return ranges;
}

/** A paragraph of the clean text: `text.slice(start, end)`, trimmed, never empty. */
export interface Paragraph {
  start: number;
  end: number;
}

export interface TextRange {
  start: number;
  end: number;
}

const SEPARATOR = /\r?\n[ \t]*\r?\n(?:[ \t]*\r?\n)*/g;
const SPACE = /\s/;

/** Trims white space off both ends of a range of `text`; null when nothing is left. */
export function trimRange(text: string, start: number, end: number): TextRange | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && SPACE.test(text.charAt(from))) from += 1;
  while (to > from && SPACE.test(text.charAt(to - 1))) to -= 1;
  return to > from ? { start: from, end: to } : null;
}

/**
 * Splits the clean text on blank lines, keeping each paragraph's offsets into
 * the whole text (what highlights are stored against). The one paragraph splitter of the page.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const trimmed = trimRange(text, start, end);
    if (trimmed) paragraphs.push(trimmed);
  };
  for (const match of text.matchAll(SEPARATOR)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return paragraphs;
}

/** Index of the paragraph holding `offset` (or the next one after a gap); -1 past the end. */
export function paragraphIndexAt(paragraphs: readonly Paragraph[], offset: number): number {
  let low = 0;
  let high = paragraphs.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (paragraphs[mid]!.end > offset) {
      found = mid;
      high = mid - 1;
    } else {
      low = mid + 1;
    }
  }
  return found;
}

const WORD = /[\p{L}\p{M}\p{N}]/u;

/** The word at `offset` (letters, marks, digits), or the one character there when it is not in a word. */
export function wordRangeAt(text: string, offset: number): TextRange | null {
  if (offset < 0 || offset >= text.length) return null;
  if (!WORD.test(text.charAt(offset))) return { start: offset, end: offset + 1 };
  let start = offset;
  let end = offset;
  while (start > 0 && WORD.test(text.charAt(start - 1))) start -= 1;
  while (end < text.length && WORD.test(text.charAt(end))) end += 1;
  return { start, end };
}

/** Attribute each rendered paragraph carries: its start offset in the clean text. */
export const PARAGRAPH_ATTR = 'data-start';

function paragraphOf(node: Node, root: Element): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest<HTMLElement>(`[${PARAGRAPH_ATTR}]`) ?? null;
  return paragraph && root.contains(paragraph) ? paragraph : null;
}

function startOf(paragraph: Element): number {
  return Number(paragraph.getAttribute(PARAGRAPH_ATTR));
}

/** End offset of a rendered paragraph: its start plus the length of the text it shows. */
function endOf(paragraph: Element): number {
  return startOf(paragraph) + (paragraph.textContent ?? '').length;
}

/**
 * Converts a DOM boundary point to an offset into the clean text. Inside a
 * paragraph the offset is exact (only text nodes count, so CSS-generated
 * content is ignored); a point between or around paragraphs snaps to the
 * nearest paragraph edge that follows it in document order.
 */
export function pointToOffset(root: Element, node: Node, offset: number): number {
  const doc = root.ownerDocument;
  const paragraph = paragraphOf(node, root);
  if (paragraph) {
    const range = doc.createRange();
    range.setStart(paragraph, 0);
    range.setEnd(node, offset);
    return startOf(paragraph) + range.toString().length;
  }
  const all = root.querySelectorAll(`[${PARAGRAPH_ATTR}]`);
  if (all.length === 0) return 0;
  // Binary search for the first paragraph that begins after the point.
  const probe = doc.createRange();
  let low = 0;
  let high = all.length - 1;
  let after = all.length;
  while (low <= high) {
    const mid = (low + high) >> 1;
    probe.setStart(all[mid]!, 0);
    probe.collapse(true);
    // comparePoint against the paragraph's first boundary: -1 or 0 means the paragraph follows the point.
    if (probe.comparePoint(node, offset) <= 0) {
      after = mid;
      high = mid - 1;
    } else {
      low = mid + 1;
    }
  }
  if (after < all.length) return startOf(all[after]!);
  return endOf(all[all.length - 1]!);
}

/**
 * The part of the clean text a DOM range covers, trimmed of white space; null
 * when the range misses the text or covers only white space.
 */
export function rangeToOffsets(root: Element, range: Range, text: string): TextRange | null {
  if (range.collapsed) return null;
  const start = pointToOffset(root, range.startContainer, range.startOffset);
  const end = pointToOffset(root, range.endContainer, range.endOffset);
  return trimRange(text, start, end);
}

/** The DOM boundary point for an offset into the clean text, or null outside every paragraph. */
export function offsetToPoint(root: Element, offset: number): { node: Text; offset: number } | null {
  for (const paragraph of root.querySelectorAll(`[${PARAGRAPH_ATTR}]`)) {
    const start = startOf(paragraph);
    if (offset < start) return null;
    if (offset > endOf(paragraph)) continue;
    const walker = root.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    let at = start;
    let last: Text | null = null;
    for (let current = walker.nextNode(); current; current = walker.nextNode()) {
      const textNode = current as Text;
      if (offset <= at + textNode.length) return { node: textNode, offset: offset - at };
      at += textNode.length;
      last = textNode;
    }
    return last ? { node: last, offset: last.length } : null;
  }
  return null;
}

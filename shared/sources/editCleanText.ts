import { AppError } from '../errors';
import type { Extraction } from '../model/source';

const SEP = '\n\n';

/** A change to a source's clean text, with how old offsets map into the new text. */
export interface CleanTextChange {
  text: string;
  extraction: Extraction;
  /** The block's span in the new text (restore) or where it was cut (removal, length 0). */
  start: number;
  end: number;
  block: string;
  /** New offset of an old one, or null when the old offset was inside a removed block. */
  shift: (offset: number) => number | null;
}

type Span = { start: number; end: number };

function shiftSpans<T extends Span>(spans: readonly T[], shift: (o: number) => number | null): T[] {
  return spans.flatMap((s) => {
    const start = shift(s.start);
    const end = shift(s.end);
    return start === null || end === null || end <= start ? [] : [{ ...s, start, end }];
  });
}

/** The nearest paragraph start at or before `at` (0, or just after a blank line). */
export function paragraphStart(text: string, at: number): number {
  if (at <= 0) return 0;
  const found = text.lastIndexOf(SEP, at - SEP.length);
  return found < 0 ? 0 : found + SEP.length;
}

/** The end of the paragraph holding `at` (the next blank line, or the end of the text). */
export function paragraphEnd(text: string, at: number): number {
  const found = text.indexOf(SEP, at);
  return found < 0 ? text.length : found;
}

/** The text with a block put back at a paragraph boundary `at` (0, text.length, or a paragraph start). */
export function insertBlock(
  text: string,
  extraction: Extraction,
  index: number,
  at: number,
): CleanTextChange {
  const block = extraction.removed[index];
  if (block === undefined) throw new AppError('NOT_FOUND', 'That removed text is no longer listed.');
  const place = at >= text.length ? text.length : paragraphStart(text, at);
  const atEnd = place === text.length && text.length > 0;
  const next = atEnd
    ? `${text}${SEP}${block}`
    : `${text.slice(0, place)}${block}${text.length > 0 ? SEP : ''}${text.slice(place)}`;
  const start = atEnd ? text.length + SEP.length : place;
  const grow = block.length + SEP.length;
  const shift = (o: number): number => (atEnd || o < place ? o : o + grow);
  const blocks = [
    ...shiftSpans(extraction.blocks, shift),
    { kind: 'p' as const, start, end: start + block.length },
  ];
  blocks.sort((a, b) => a.start - b.start);
  const removedAt = extraction.removed.map((_, i) => extraction.removedAt?.[i] ?? null);
  return {
    text: next,
    extraction: {
      ...extraction,
      removed: extraction.removed.filter((_, i) => i !== index),
      removedAt: removedAt.filter((_, i) => i !== index).map((o) => (o === null ? null : shift(o))),
      blocks,
      pages: shiftSpans(extraction.pages, shift),
    },
    start,
    end: start + block.length,
    block,
    shift,
  };
}

/**
 * The text without the paragraphs that [start, end) touches, which join the removed text and
 * remember where they were cut. Refused when nothing, or everything, would be left.
 */
export function removeBlock(
  text: string,
  extraction: Extraction,
  start: number,
  end: number,
): CleanTextChange {
  if (!(start >= 0 && end <= text.length && end > start))
    throw new AppError('INVALID_INPUT', 'Select the block that is not part of the article.');
  const from = paragraphStart(text, start);
  const to = paragraphEnd(text, end - 1);
  const block = text.slice(from, to);
  if (block.trim().length === 0) throw new AppError('INVALID_INPUT', 'The selection holds no text.');
  if (from === 0 && to === text.length)
    throw new AppError('INVALID_INPUT', 'That is the whole article: at least one block must stay.');
  // Cut the block with one of the blank lines around it.
  const [cutFrom, cutTo] = to < text.length ? [from, to + SEP.length] : [from - SEP.length, to];
  const next = text.slice(0, cutFrom) + text.slice(cutTo);
  const removedLength = cutTo - cutFrom;
  const shift = (o: number): number | null => (o <= cutFrom ? o : o >= cutTo ? o - removedLength : null);
  const at = Math.min(from, next.length);
  return {
    text: next,
    extraction: {
      ...extraction,
      removed: [...extraction.removed, block],
      removedAt: [
        ...extraction.removed.map((_, i) => {
          const o = extraction.removedAt?.[i] ?? null;
          return o === null ? null : (shift(o) ?? at);
        }),
        at,
      ],
      blocks: shiftSpans(extraction.blocks, shift),
      pages: shiftSpans(extraction.pages, shift),
    },
    start: at,
    end: at,
    block,
    shift,
  };
}

/**
 * Where a removed block stood in the article: recorded when the reporter removed it; for a block
 * the importer cut, found in the original's text, after the last kept paragraph that comes before
 * it there. Null when neither tells.
 */
export function originalPlace(
  text: string,
  extraction: Extraction,
  index: number,
  original: string | null,
): number | null {
  const recorded = extraction.removedAt?.[index];
  if (recorded !== undefined && recorded !== null) return Math.min(recorded, text.length);
  const block = extraction.removed[index];
  if (!block || !original) return null;
  const probe = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const haystack = probe(original);
  const at = haystack.indexOf(probe(block).slice(0, 200));
  if (at < 0) return null;
  // Walk the kept paragraphs in order; each is looked for after the previous one (linear overall).
  let place = 0;
  let cursor = 0;
  let offset = 0;
  for (const paragraph of text.split(SEP)) {
    const found = haystack.indexOf(probe(paragraph).slice(0, 200), cursor);
    if (found >= 0 && found < at) {
      cursor = found + 1;
      place = offset + paragraph.length + SEP.length;
    } else if (found > at) break;
    offset += paragraph.length + SEP.length;
  }
  return Math.min(place, text.length);
}

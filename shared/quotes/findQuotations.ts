import { CITATION_CHAR, type FlatBlock, type FlatNote } from './flattenNote';
import { closesAt, opensAt } from './quoteMarks';

/** A quotation in a flat note: its words, where they are, and the citation that goes with it. */
export interface Quotation {
  /** The quoted words as written, paragraphs joined by a space, citations left out. */
  text: string;
  /** From the opening mark (or block start) to the closing mark (or block end), flat offsets. */
  start: number;
  end: number;
  /** The spans of quoted words (one per paragraph the quotation covers). */
  parts: { start: number; end: number }[];
  kind: 'inline' | 'block';
  /** Flat offset of the citation that goes with it, or -1. */
  citationAt: number;
}

/** Paragraphs one quotation may run over ("…first paragraph. / “Second…”). */
const MAX_PARAGRAPHS = 5;
/** Characters looked through for a citation after (or before) a quotation. */
const CITATION_REACH = 300;
const SENTENCE_END = new Set(['.', '!', '?', '\u3002', '\uff01', '\uff1f', '\u2026']);

/** Every quotation of the note, in reading order. */
export function findQuotations(note: FlatNote): Quotation[] {
  const found: Quotation[] = [];
  const { blocks } = note;
  let b = 0;
  let i = blocks[0]?.start ?? 0;
  while (b < blocks.length) {
    const block = blocks[b] as FlatBlock;
    if (block.kind === 'quote') {
      let last = b;
      while (blocks[last + 1]?.kind === 'quote' && blocks[last + 1]?.group === block.group) last++;
      const quotation = blockQuotation(note, b, last);
      if (quotation) found.push(quotation);
      b = last + 1;
      i = blocks[b]?.start ?? 0;
      continue;
    }
    if (i >= block.end) {
      b++;
      i = blocks[b]?.start ?? 0;
      continue;
    }
    const quotation = opensAt(note.text, i) ? inlineQuotation(note, b, i) : null;
    if (!quotation) {
      i++;
      continue;
    }
    found.push(quotation);
    i = quotation.end;
    // A quotation that ran into later paragraphs: carry on after it there.
    while (b < blocks.length - 1 && (blocks[b]?.end ?? 0) < i) b++;
  }
  return found;
}

/** The quotation opened at `at` in block `b`, or null when it is never closed. */
function inlineQuotation(note: FlatNote, b: number, at: number): Quotation | null {
  const { text, blocks } = note;
  const opener = text[at] ?? '';
  const parts: { start: number; end: number }[] = [];
  let from = at + 1;
  for (let k = b; k < blocks.length && k < b + MAX_PARAGRAPHS; k++) {
    const block = blocks[k] as FlatBlock;
    if (block.kind !== 'p') return null;
    if (k > b) {
      // A quotation running on: the next paragraph reopens it, or just carries on to the closer.
      from = block.start;
      while (from < block.end && /\s/.test(text[from] ?? '')) from++;
      if (text[from] === opener) from++;
    }
    for (let i = from; i < block.end; i++) {
      if (closesAt(text, i, opener) && i > from) {
        parts.push({ start: from, end: i });
        return finish(note, parts, at, i + 1, 'inline', k);
      }
    }
    parts.push({ start: from, end: block.end });
  }
  return null;
}

function finish(
  note: FlatNote,
  parts: { start: number; end: number }[],
  start: number,
  end: number,
  kind: Quotation['kind'],
  lastBlock: number,
): Quotation | null {
  const words = parts
    .map((p) => note.text.slice(p.start, p.end).split(CITATION_CHAR).join(' ').trim())
    .filter(Boolean);
  if (words.length === 0) return null;
  const quotation: Quotation = { text: words.join(' '), start, end, parts, kind, citationAt: -1 };
  quotation.citationAt = citationAfter(note, end, lastBlock, SENTENCE_END.has(quotation.text.slice(-1)));
  if (quotation.citationAt < 0 && kind === 'inline') quotation.citationAt = citationBefore(note, start);
  return quotation;
}

/**
 * The citation that follows a quotation in the same sentence ("…,” she said [1].), or right
 * after the sentence's end ("….” [1]); -1 when another sentence starts first.
 */
function citationAfter(note: FlatNote, from: number, b: number, endsSentence: boolean): number {
  const { text } = note;
  const end = Math.min(note.blocks[b]?.end ?? text.length, from + CITATION_REACH);
  if (endsSentence) {
    // “….” Next sentence: a capital after the closing mark starts a new sentence.
    let i = from;
    while (i < end && /\s/.test(text[i] ?? '')) i++;
    if (i > from && /^\p{Lu}$/u.test(text[i] ?? '')) return -1;
  }
  let sentenceOver = false;
  for (let i = from; i < end; i++) {
    const ch = text[i] ?? '';
    if (ch === CITATION_CHAR) return i;
    if (sentenceOver && !/\s/.test(ch)) return -1;
    if (SENTENCE_END.has(ch) && (i + 1 >= end || /\s/.test(text[i + 1] ?? ''))) sentenceOver = true;
  }
  return -1;
}

/** A citation earlier in the quotation's sentence ("As [1] put it, “…”"), with no other quotation between. */
function citationBefore(note: FlatNote, before: number): number {
  const { text } = note;
  const block = note.blocks.find((bl) => bl.start <= before && before <= bl.end);
  const stop = Math.max(block?.start ?? 0, before - CITATION_REACH);
  for (let i = before - 1; i >= stop; i--) {
    const ch = text[i] ?? '';
    if (ch === CITATION_CHAR) return i;
    if (SENTENCE_END.has(ch) && /\s/.test(text[i + 1] ?? '')) return -1;
    if (opensAt(text, i) || /["\u201d\u00bb\u201c\u300d\u300f\u2019]/.test(ch)) return -1;
  }
  return -1;
}

/** A block quote as one quotation: its paragraphs, without wrapping marks or a closing "— Name" line. */
function blockQuotation(note: FlatNote, first: number, last: number): Quotation | null {
  const { text, blocks } = note;
  const parts: { start: number; end: number }[] = [];
  let citation = -1;
  for (let k = first; k <= last; k++) {
    const block = blocks[k] as FlatBlock;
    const body = text.slice(block.start, block.end);
    if (k > first && /^\s*[\u2014\u2013-]/.test(body)) {
      citation = body.indexOf(CITATION_CHAR) >= 0 ? block.start + body.indexOf(CITATION_CHAR) : citation;
      continue;
    }
    let start = block.start;
    let end = block.end;
    const cite = body.lastIndexOf(CITATION_CHAR);
    if (cite >= 0) citation = block.start + cite;
    while (start < end && /[\s"\u201c\u201e\u00ab\u300c]/.test(text[start] ?? '')) start++;
    while (end > start && /[\s"\u201d\u201c\u00bb\u300d\ufffc]/.test(text[end - 1] ?? '')) end--;
    if (end > start) parts.push({ start, end });
  }
  const lastBlock = blocks[last] as FlatBlock;
  const quotation = finish(note, parts, blocks[first]?.start ?? 0, lastBlock.end, 'block', last);
  if (!quotation) return null;
  if (citation >= 0) quotation.citationAt = citation;
  else if (
    blocks[last + 1] &&
    /^\s?[\u2014\u2013-]?\s?\ufffc/.test(
      text.slice(blocks[last + 1]?.start ?? 0, (blocks[last + 1]?.start ?? 0) + 8),
    )
  )
    quotation.citationAt = text.indexOf(CITATION_CHAR, blocks[last + 1]?.start ?? 0);
  return quotation;
}

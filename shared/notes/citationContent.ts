import type { DocNode } from '../model/note';
import { validateCitationAttrs } from './citationAttrs';
import { CITATION_NODE } from './collectCitations';
import { SOURCE_QUOTE_MARK } from './sanitizeNoteDoc';

/** Longest quotation a note takes in one piece (a highlight longer than this is cited, not quoted). */
export const MAX_QUOTE_LENGTH = 20_000;

/** A quotation as the note shows it: on one line, trimmed; null when empty or too long. */
export function quotationText(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const quote = raw.replace(/\s+/g, ' ').trim();
  return quote.length > 0 && quote.length <= MAX_QUOTE_LENGTH ? quote : null;
}

/**
 * The inline content that cites a highlight or source, or quotes a highlight (“quote” [n]) with
 * the quoted words tied to it for the quote check. Null when the target or quote is not valid.
 */
export function citationContent(
  rawTarget: { sourceId: unknown; highlightId?: unknown; locator?: unknown },
  rawQuote?: unknown,
  marks: readonly [string, string] = ['“', '”'],
): DocNode[] | null {
  const target = validateCitationAttrs(rawTarget);
  if (!target) return null;
  const citation: DocNode = { type: CITATION_NODE, attrs: { ...target } };
  if (rawQuote === undefined) return [citation];
  const quote = quotationText(rawQuote);
  if (!target.highlightId || quote === null) return null;
  const mark = {
    type: SOURCE_QUOTE_MARK,
    attrs: { highlightId: target.highlightId, sourceId: target.sourceId },
  };
  return [
    { type: 'text', text: marks[0] },
    { type: 'text', text: quote, marks: [mark] },
    { type: 'text', text: `${marks[1]} ` },
    citation,
  ];
}

/**
 * The document with `content` added at its end: into the last paragraph when that is empty,
 * else in a new paragraph. The input document is not changed.
 */
export function appendToDoc<D extends DocNode>(doc: D, content: DocNode[]): D {
  const blocks = doc.content ?? [];
  const last = blocks[blocks.length - 1];
  const lastIsEmpty = last?.type === 'paragraph' && (last.content ?? []).length === 0;
  const paragraph: DocNode = { ...(lastIsEmpty ? last : { type: 'paragraph' }), content };
  return { ...doc, content: [...(lastIsEmpty ? blocks.slice(0, -1) : blocks), paragraph] };
}

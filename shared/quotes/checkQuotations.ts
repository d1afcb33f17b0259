import type { CitationTarget } from '../notes/collectCitations';
import { diffWords, type DiffPart } from '../similarity/wordDiff';
import type { FlatNote } from './flattenNote';
import { findQuotations, type Quotation } from './findQuotations';
import { matchExact, sharesRun, type TextSpan } from './matchExact';
import { matchNearest } from './matchNearest';
import { normalizeQuote } from './normalizeQuote';
import { parseQuotePattern, type QuotePattern } from './quotePattern';
import type { QuoteFinding, QuoteMatch } from './quoteStatus';
import { wordText } from './wordText';

/** Where a cited highlight sits now (from the anchoring module's one function), or why not. */
export type HighlightPlace =
  { sourceId: string; start: number; end: number } | { sourceId: string; orphan: true };

/** What the check reads from the notebook. */
export interface QuoteSources {
  /** A source's current clean text, or null when it is not in the notebook. */
  sourceText(sourceId: string): string | null;
  /** Where a highlight sits now, or null when it is not in the notebook. */
  highlightPlace(highlightId: string): HighlightPlace | null;
  /** Sources that may hold the words, best first, from an index (never a scan of every text). */
  candidates(quote: string, limit: number, exclude?: string): string[];
}

/** Pieces further apart than this are shown as separate passages. */
const JOIN_GAP = 200;
/** Candidate sources read for a quotation looked up in the whole notebook. */
const CANDIDATES = 3;

/** The source wording of a matched span. */
function wording(text: string, span: TextSpan): string {
  const joined: string[] = [];
  let last: { start: number; end: number } | null = null;
  for (const piece of span.pieces) {
    if (last && piece.start - last.end > JOIN_GAP) joined.push(' […] ');
    else if (last) joined.push(text.slice(last.end, piece.start));
    joined.push(text.slice(piece.start, piece.end));
    last = piece;
  }
  return joined.join('');
}

/** Source wording → quotation, word by word, on normalised text so only real changes show. */
export function quoteDiff(sourceWording: string, quote: string): DiffPart[] {
  return diffWords(normalizeQuote(sourceWording), normalizeQuote(quote));
}

function toMatch(sourceId: string, text: string, span: TextSpan, similarity: number, offset = 0): QuoteMatch {
  const shifted = {
    start: span.start + offset,
    end: span.end + offset,
    pieces: span.pieces.map((p) => ({ start: p.start + offset, end: p.end + offset })),
  };
  return { sourceId, ...shifted, text: wording(text, shifted), similarity, inHighlight: false };
}

/** The quotation checked against one text (a highlight's passage or a whole source). */
function matchIn(
  pattern: QuotePattern,
  sourceId: string,
  text: string,
  offset = 0,
  slice?: string,
): QuoteMatch | null {
  const within = slice ?? text;
  const words = wordText(within);
  const exact = matchExact(pattern, words);
  if (exact) return toMatch(sourceId, text, exact, 1, offset);
  const near = sharesRun(pattern, words) ? matchNearest(pattern, within, words) : null;
  return near ? toMatch(sourceId, text, near, near.similarity, offset) : null;
}

/** A quotation against one passage (e.g. a dragged quotation against its highlight's words). */
export function checkAgainstText(quote: string, text: string): 'exact' | 'differs' | 'not-found' {
  const found = matchIn(parseQuotePattern(quote), '', text);
  return !found ? 'not-found' : found.similarity === 1 ? 'exact' : 'differs';
}

/** The best passage for a quotation anywhere in the notebook (optionally not in one source). */
export function lookUpQuotation(quote: string, sources: QuoteSources, exclude?: string): QuoteMatch | null {
  const pattern = parseQuotePattern(quote);
  let best: QuoteMatch | null = null;
  for (const sourceId of sources.candidates(quote, CANDIDATES, exclude)) {
    const text = sources.sourceText(sourceId);
    const found = text === null ? null : matchIn(pattern, sourceId, text);
    if (found && (!best || found.similarity > best.similarity)) best = found;
    if (best?.similarity === 1) break;
  }
  return best;
}

type Checked = Omit<QuoteFinding, 'quote' | 'start' | 'end' | 'kind'>;

const none = (citation: CitationTarget | null): Checked => ({
  status: 'not-found',
  citation,
  orphaned: false,
  missing: false,
  match: null,
  diff: null,
  elsewhere: null,
});

/** One quotation against what it cites: the highlight first, then the whole cited source. */
export function checkCited(quote: string, citation: CitationTarget, sources: QuoteSources): Checked {
  const result = none(citation);
  const pattern = parseQuotePattern(quote);
  const place = citation.highlightId ? sources.highlightPlace(citation.highlightId) : null;
  const sourceId = place?.sourceId ?? citation.sourceId;
  const text = sources.sourceText(sourceId);
  result.missing = text === null || (citation.highlightId !== null && place === null);
  result.orphaned = place !== null && 'orphan' in place;
  let match: QuoteMatch | null = null;
  if (text !== null && place && !('orphan' in place)) {
    match = matchIn(pattern, sourceId, text, place.start, text.slice(place.start, place.end));
    if (match) match.inHighlight = true;
  }
  if (text !== null && match?.similarity !== 1) {
    const whole = matchIn(pattern, sourceId, text);
    if (whole && (!match || whole.similarity > match.similarity)) match = whole;
  }
  if (match) {
    result.match = match;
    result.status = match.similarity === 1 ? 'exact' : 'differs';
    result.diff = match.similarity === 1 ? null : quoteDiff(match.text, quote);
    return result;
  }
  result.elsewhere = elsewhere(quote, sources, sourceId);
  return result;
}

function elsewhere(quote: string, sources: QuoteSources, exclude?: string): QuoteFinding['elsewhere'] {
  const found = lookUpQuotation(quote, sources, exclude);
  if (!found) return null;
  const exact = found.similarity === 1;
  return { ...found, status: exact ? 'exact' : 'differs', diff: exact ? null : quoteDiff(found.text, quote) };
}

const placed = (q: Quotation, checked: Checked): QuoteFinding => ({
  quote: q.text,
  start: q.start,
  end: q.end,
  kind: q.kind,
  ...checked,
});

/**
 * Earlier answers for quotations of one note, by quotation and citation. Valid only while what the
 * check reads (the cited texts and highlights) is unchanged: the caller drops it when they change.
 * It makes rechecking a note after an edit cost only the quotations that were typed or changed.
 */
export type QuoteMemo = Map<string, Checked>;

/** Every quotation of a note, each against its citation; an uncited one is looked up in the notebook. */
export function checkNoteQuotations(note: FlatNote, sources: QuoteSources, memo?: QuoteMemo): QuoteFinding[] {
  return findQuotations(note).flatMap((q) => {
    const citation = q.citationAt >= 0 ? (note.citations.get(q.citationAt) ?? null) : null;
    const key = `${q.text}\u0000${citation?.sourceId ?? ''}\u0000${citation?.highlightId ?? ''}`;
    const known = memo?.get(key);
    if (known) return [placed(q, known)];
    let checked: Checked | null = null;
    if (citation) checked = checkCited(q.text, citation, sources);
    // Under three words without a citation is a scare quote or a title, not a quotation to vouch for.
    else if (parseQuotePattern(q.text).wordCount >= 3)
      checked = { ...none(null), status: 'uncited', elsewhere: elsewhere(q.text, sources) };
    if (!checked) return [];
    memo?.set(key, checked);
    return [placed(q, checked)];
  });
}

/** Every quotation of a draft written elsewhere, each looked up in the whole notebook. */
export function checkDraftQuotations(draft: FlatNote, sources: QuoteSources): QuoteFinding[] {
  return findQuotations(draft).flatMap((q) => {
    if (parseQuotePattern(q.text).wordCount < 3 && q.citationAt < 0) return [];
    const match = lookUpQuotation(q.text, sources);
    const checked = none(null);
    if (match) {
      checked.match = match;
      checked.status = match.similarity === 1 ? 'exact' : 'differs';
      checked.diff = match.similarity === 1 ? null : quoteDiff(match.text, q.text);
    }
    return [placed(q, checked)];
  });
}

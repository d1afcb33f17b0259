import { anchor } from './anchor';
import { describeRange } from './describeRange';
import type { AnchorResult, HighlightSelectors } from './types';

/** A highlight and where it sits in the current text. */
export interface Placed<H> {
  highlight: H;
  place: AnchorResult;
}

/**
 * THE place of a highlight in a source's current text. Every consumer (reader, side panel,
 * search snippets, packet HTML, annotations, tables, footnotes) asks this function, so there is
 * one answer: a stored position is never drawn without being checked against the text.
 * Malformed stored selectors make an orphan rather than an error, so one bad record cannot stop
 * an export.
 */
export function placeHighlight(text: string, highlight: HighlightSelectors): AnchorResult {
  try {
    return anchor(text, highlight);
  } catch {
    return { status: 'orphan', score: 0, method: 'none' };
  }
}

/** Every highlight placed in the text. */
export function placeHighlights<H extends HighlightSelectors>(
  text: string,
  highlights: readonly H[],
): Placed<H>[] {
  return highlights.map((highlight) => ({ highlight, place: placeHighlight(text, highlight) }));
}

/**
 * The highlight's stored selectors brought up to date with where it now sits, and whether they
 * changed (so the caller persists it in the same step as the text change). An exact placement
 * refreshes the position and the context around it; an approximate one moves the position and
 * keeps the words the reporter highlighted; an orphan is left as it was, to be listed as orphaned.
 */
export function withCurrentPlace<H extends HighlightSelectors>(
  text: string,
  highlight: H,
): { highlight: H; place: AnchorResult; changed: boolean } {
  const place = placeHighlight(text, highlight);
  if (place.status === 'orphan') return { highlight, place, changed: false };
  const { quote, position } = describeRange(text, place.start, place.end);
  const next: H =
    place.status === 'exact'
      ? { ...highlight, quote: { ...highlight.quote, prefix: quote.prefix, suffix: quote.suffix }, position }
      : { ...highlight, position };
  const changed =
    highlight.position?.start !== position.start ||
    highlight.position?.end !== position.end ||
    next.quote.prefix !== highlight.quote.prefix ||
    next.quote.suffix !== highlight.quote.suffix;
  return { highlight: changed ? next : highlight, place, changed };
}

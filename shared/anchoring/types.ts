import type { z } from 'zod';
import type { textPositionSelectorSchema, textQuoteSelectorSchema } from '../model/highlight';

export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;

/** What a highlight stores about its passage; a Highlight record itself fits this shape. */
export interface HighlightSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector | undefined;
}

export type AnchorStatus = 'exact' | 'fuzzy' | 'orphan';
/** Which step placed the highlight: stored offsets, verbatim quote search, approximate search, or none. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy' | 'none';

/** A highlight placed on the text: `text.slice(start, end)` is the passage it now covers. */
export interface AnchoredResult {
  status: 'exact' | 'fuzzy';
  start: number;
  end: number;
  score: number;
  method: 'position' | 'quote' | 'fuzzy';
}

/** A highlight whose passage could not be found with enough confidence. */
export interface OrphanResult {
  status: 'orphan';
  start?: undefined;
  end?: undefined;
  /** Best score any candidate reached (0 when there was none), useful when tuning `minScore`. */
  score: number;
  method: 'none';
}

export type AnchorResult = AnchoredResult | OrphanResult;

export interface AnchorOptions {
  /** Combined score a candidate needs to be used (0..1). Default 0.75. */
  minScore?: number;
  /** Quote similarity (after the key-token and word-cut factors) a candidate needs on its own (0..1). Default 0.7. */
  minQuoteSimilarity?: number;
}

export const DEFAULT_MIN_SCORE = 0.75;
export const DEFAULT_MIN_QUOTE_SIMILARITY = 0.7;

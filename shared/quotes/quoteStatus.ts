import type { CitationTarget } from '../notes/collectCitations';
import type { DiffPart } from '../similarity/wordDiff';

/**
 * exact: the source says it word for word (allowing spacing, quote style, trailing punctuation,
 * ellipses and bracketed insertions); differs: the nearest source wording is not the same;
 * not-found: no source wording is close; uncited: a quotation in a note with no citation.
 */
export const quoteStatuses = ['exact', 'differs', 'not-found', 'uncited'] as const;
export type QuoteStatus = (typeof quoteStatuses)[number];

/** Where a quotation's wording was found in a source. */
export interface QuoteMatch {
  sourceId: string;
  /** UTF-16 offsets of the matched passage in the source's current text. */
  start: number;
  end: number;
  /** The source's wording (pieces far apart joined by " […] "). */
  text: string;
  /** 1 for word for word; else 1 − edits / length of the weakest piece. */
  similarity: number;
  /** Found inside the cited highlight (not merely elsewhere in the cited source). */
  inHighlight: boolean;
}

/** What the quote check says about one quotation. */
export interface QuoteFinding {
  quote: string;
  /** Offsets in the checked text (flat note or draft). */
  start: number;
  end: number;
  kind: 'inline' | 'block';
  status: QuoteStatus;
  citation: CitationTarget | null;
  /** The cited highlight no longer sits on any passage of its source (it was checked against the whole source). */
  orphaned: boolean;
  /** The cited source or highlight is no longer in the notebook. */
  missing: boolean;
  /** The passage in the cited source (or, for drafts, the best source in the notebook). */
  match: QuoteMatch | null;
  /** Source wording → quotation, when they differ. */
  diff: DiffPart[] | null;
  /** For a quotation not in its cited source, or uncited: the best match elsewhere in the notebook. */
  elsewhere: (QuoteMatch & { status: 'exact' | 'differs'; diff: DiffPart[] | null }) | null;
}

/** Counts by status, for reports, note lists and the packet manifest. */
export function countStatuses(
  findings: readonly Pick<QuoteFinding, 'status'>[],
): Record<QuoteStatus, number> {
  const counts: Record<QuoteStatus, number> = { exact: 0, differs: 0, 'not-found': 0, uncited: 0 };
  for (const f of findings) counts[f.status]++;
  return counts;
}

/** Quotations a reporter should look at (everything but exact). */
export const isProblem = (f: Pick<QuoteFinding, 'status'>): boolean => f.status !== 'exact';

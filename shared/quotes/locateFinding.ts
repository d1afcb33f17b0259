import { findQuotations } from './findQuotations';
import type { FlatNote } from './flattenNote';
import type { QuoteFinding } from './quoteStatus';

/**
 * Where a checked quotation is in the note as it is now (flat offsets), or null when it cannot be
 * told. The note may have changed since the check (typing while it ran, or before a fix is applied):
 * a fix applied at the old offsets would replace the wrong words, so the quotation must still be
 * there with the same words — at its old offsets, or as the only quotation with those words.
 */
export function locateFinding(
  note: FlatNote,
  finding: Pick<QuoteFinding, 'quote' | 'start' | 'end'>,
): { start: number; end: number } | null {
  const same = findQuotations(note).filter((q) => q.text === finding.quote);
  const inPlace = same.find((q) => q.start === finding.start && q.end === finding.end);
  if (inPlace) return { start: inPlace.start, end: inPlace.end };
  const only = same.length === 1 ? same[0] : undefined;
  return only ? { start: only.start, end: only.end } : null;
}

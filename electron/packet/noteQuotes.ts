import type { DocNode } from '../../shared/model';
import type { QuoteCounts } from '../../shared/packet/manifest';
import { countStatuses, markQuotations, type QuoteFinding } from '../../shared/quotes';
import { checkDoc } from '../quotes/checkQuotes';
import type { QuoteStoreView } from '../store/storeViews';

/** A packet note's quotations as checked at export, and its document with each one marked. */
export interface NoteQuotes {
  findings: QuoteFinding[];
  marked: DocNode;
}

/**
 * Checks every quotation of the notes going into a packet (as the packet carries them, so a
 * citation withheld as confidential leaves its quotation uncited) and totals them for the manifest.
 */
export async function checkPacketNotes(
  store: QuoteStoreView,
  notes: readonly { meta: { id: string }; doc: DocNode }[],
): Promise<{ byNote: Map<string, NoteQuotes>; counts: QuoteCounts }> {
  const byNote = new Map<string, NoteQuotes>();
  const all: QuoteFinding[] = [];
  for (const note of notes) {
    const { flat, findings } = await checkDoc(store, note.doc);
    byNote.set(note.meta.id, { findings, marked: markQuotations(note.doc, flat, findings) });
    all.push(...findings);
  }
  const c = countStatuses(all);
  return {
    byNote,
    counts: {
      checked: all.length,
      exact: c.exact,
      differs: c.differs,
      notFound: c['not-found'],
      uncited: c.uncited,
    },
  };
}

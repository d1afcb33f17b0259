import { withCurrentPlace } from '../../shared/anchoring';
import type { Highlight } from '../../shared/model';
import type { NotebookStore } from '../store/notebookStore';

export interface Reanchored {
  placed: number;
  orphaned: number;
}

/**
 * After a source's text changed, every highlight of it is placed in the new text by the anchoring
 * module's one function and its selectors saved, in the same step as the text change, so no
 * consumer ever reads a position meant for the old text. `shift` (old offset → new, null when the
 * words were cut) moves the stored position first, so a repeated passage keeps its own place; the
 * anchoring still checks the words there. An orphan keeps what it had, to be listed as orphaned.
 */
export async function reanchorHighlights(
  store: NotebookStore,
  sourceId: string,
  text: string,
  now: string,
  shift?: (offset: number) => number | null,
): Promise<Reanchored> {
  const counts = { placed: 0, orphaned: 0 };
  for (const highlight of await store.highlights.forGroup(sourceId)) {
    const start = shift ? shift(highlight.position.start) : highlight.position.start;
    const end = shift ? shift(highlight.position.end) : highlight.position.end;
    const moved: Highlight =
      start !== null && end !== null && end > start
        ? { ...highlight, position: { type: 'TextPositionSelector', start, end } }
        : highlight;
    const { highlight: next, place, changed } = withCurrentPlace(text, moved);
    if (place.status === 'orphan') counts.orphaned++;
    else counts.placed++;
    if (changed || (place.status !== 'orphan' && moved !== highlight))
      await store.highlights.put(sourceId, { ...next, updatedAt: now });
  }
  return counts;
}

import { describeRange, placeHighlight } from '../anchoring';
import type { Highlight } from '../model/highlight';

export interface PlacedHighlights {
  /** Every highlight, each anchored one with the position and words it covers in the packet's text. */
  highlights: Highlight[];
  /** Highlights that no longer sit on any passage: listed as orphaned, never drawn on other words. */
  orphaned: Set<string>;
}

/**
 * The highlights of a packet placed in the texts the packet carries, through the anchoring
 * module's one function, so the reader's marks, the annotations, the tables and the footnotes all
 * show the same words. A stored position is never used as it is.
 */
export function placeForPacket(
  highlights: readonly Highlight[],
  texts: ReadonlyMap<string, string>,
): PlacedHighlights {
  const orphaned = new Set<string>();
  const placed = highlights.map((h) => {
    const text = texts.get(h.sourceId);
    const place = text === undefined ? null : placeHighlight(text, h);
    if (!place || place.status === 'orphan' || text === undefined) {
      orphaned.add(h.id);
      return h;
    }
    const { quote, position } = describeRange(text, place.start, place.end);
    return { ...h, quote, position };
  });
  return { highlights: placed, orphaned };
}

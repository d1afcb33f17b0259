import { validateCitationAttrs } from '../../../shared/notes/citationAttrs';
import { quotationText } from '../../../shared/notes/citationContent';

/** The drag-and-drop type a highlight carries when dragged towards a note. */
export const CITATION_DRAG_MIME = 'application/x-research-notebook-citation';

/** What a dragged highlight (or source, with highlightId null) says about itself. */
export interface CitationDragPayload {
  sourceId: string;
  highlightId: string | null;
  quote: string | null;
}

/** Validates a drag payload or anything else claiming to be one; null when unusable. */
export function parseCitationPayload(raw: unknown): CitationDragPayload | null {
  const target = validateCitationAttrs(raw);
  if (!target) return null;
  const quote = (raw as { quote?: unknown }).quote;
  // Kept as dragged (it is also the plain-text drag data); the note's rule decides if it can be quoted.
  const usableQuote = typeof quote === 'string' && quotationText(quote) !== null ? quote : null;
  return { sourceId: target.sourceId, highlightId: target.highlightId, quote: usableQuote };
}

/** Puts a highlight on a drag: our own type for the note editor, plain text for anywhere else. */
export function setCitationDragData(dataTransfer: DataTransfer, payload: CitationDragPayload): void {
  dataTransfer.setData(CITATION_DRAG_MIME, JSON.stringify(payload));
  if (payload.quote) dataTransfer.setData('text/plain', payload.quote);
  dataTransfer.effectAllowed = 'copy';
}

/** The citation a drop carries, if it carries a valid one. */
export function readCitationDragData(dataTransfer: DataTransfer | null): CitationDragPayload | null {
  const json = dataTransfer?.getData(CITATION_DRAG_MIME);
  if (!json) return null;
  try {
    return parseCitationPayload(JSON.parse(json));
  } catch {
    return null;
  }
}

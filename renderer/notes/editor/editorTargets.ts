import type { Node as PMNode } from '@tiptap/pm/model';
import { validateSourceQuoteAttrs } from '../../../shared/notes/citationAttrs';
import {
  CITATION_NODE,
  citationKey,
  citationTargetOf,
  type CitationTarget,
} from '../../../shared/notes/collectCitations';
import { SOURCE_QUOTE_MARK } from '../../../shared/notes/sanitizeNoteDoc';

/** Citations of an editor document in reading order (as collectCitations reads the JSON). */
export function editorCitationTargets(doc: PMNode): CitationTarget[] {
  const found: CitationTarget[] = [];
  doc.descendants((node) => {
    if (node.type.name !== CITATION_NODE) return true;
    const target = citationTargetOf(node);
    if (target) found.push(target);
    return false;
  });
  return found;
}

/** Highlights quoted in the document that can be looked up (their mark names the source). */
export function editorQuoteTargets(doc: PMNode): CitationTarget[] {
  const found = new Map<string, CitationTarget>();
  doc.descendants((node) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (mark.type.name !== SOURCE_QUOTE_MARK) continue;
      const attrs = validateSourceQuoteAttrs(mark.attrs);
      if (attrs?.sourceId) {
        const target = { highlightId: attrs.highlightId, sourceId: attrs.sourceId, locator: null };
        found.set(citationKey(target), target);
      }
    }
    return false;
  });
  return [...found.values()];
}

/** A cheap identity for a list of targets, to tell whether the references changed. */
export const targetsSignature = (targets: CitationTarget[]): string => targets.map(citationKey).join('|');

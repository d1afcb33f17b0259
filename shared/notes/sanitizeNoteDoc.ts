import type { DocNode } from '../model/note';
import { validateCitationAttrs, validateSourceQuoteAttrs } from './citationAttrs';
import { CITATION_NODE } from './collectCitations';

/** Name of the mark that wraps a quotation taken from a highlight. */
export const SOURCE_QUOTE_MARK = 'sourceQuote';

type Mark = NonNullable<DocNode['marks']>[number];

function cleanMarks(marks: DocNode['marks']): DocNode['marks'] {
  if (!marks) return marks;
  return marks.flatMap((mark): Mark[] => {
    if (mark.type !== SOURCE_QUOTE_MARK) return [mark];
    const attrs = validateSourceQuoteAttrs(mark.attrs);
    return attrs ? [{ ...mark, attrs }] : [];
  });
}

/**
 * A copy of a stored note document without citations or quotation marks whose attributes fail
 * the validator, the valid ones normalised. Stored JSON skips the editor's HTML parser, so this is
 * the same gate for notes loaded from disk or restored from a revision.
 */
export function sanitizeNoteDoc<T extends DocNode>(doc: T): T {
  const clean = (node: DocNode): DocNode | null => {
    if (node.type === CITATION_NODE) {
      const attrs = validateCitationAttrs(node.attrs);
      return attrs ? { ...node, attrs: { ...attrs } } : null;
    }
    const next: DocNode = { ...node };
    if (node.marks) next.marks = cleanMarks(node.marks);
    if (node.content) next.content = node.content.flatMap((child) => clean(child) ?? []);
    return next;
  };
  return clean(doc) as T;
}

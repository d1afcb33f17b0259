import type { DocNode } from '../model/note';
import { CITATION_NODE } from '../notes/collectCitations';
import { SOURCE_QUOTE_MARK } from '../notes/sanitizeNoteDoc';

/** Text put where a citation of left-out (confidential) material stood. */
export const WITHHELD_TEXT = '[citation withheld]';

export interface IdSets {
  sources: ReadonlySet<string>;
  highlights: ReadonlySet<string>;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/**
 * A copy of a note document in which citations of material that exists in the notebook but is not in
 * the packet become plain "[citation withheld]" text, and quotation marks pointing at it are dropped,
 * so a packet carries no trace of what was left out. Citations already broken are left as they are.
 */
export function withholdCitations(
  doc: DocNode,
  packet: IdSets,
  notebook: IdSets,
): { doc: DocNode; withheld: number } {
  let withheld = 0;
  const hidden = (sourceId: string | null, highlightId: string | null): boolean =>
    (sourceId !== null && notebook.sources.has(sourceId) && !packet.sources.has(sourceId)) ||
    (highlightId !== null && notebook.highlights.has(highlightId) && !packet.highlights.has(highlightId));
  const walk = (node: DocNode): DocNode => {
    if (node.type === CITATION_NODE && hidden(str(node.attrs?.sourceId), str(node.attrs?.highlightId))) {
      withheld++;
      return { type: 'text', text: WITHHELD_TEXT };
    }
    const next: DocNode = { ...node };
    if (node.marks) {
      next.marks = node.marks.filter(
        (m) => m.type !== SOURCE_QUOTE_MARK || !hidden(str(m.attrs?.sourceId), str(m.attrs?.highlightId)),
      );
      if (next.marks.length === 0) delete next.marks;
    }
    if (node.content) next.content = node.content.map(walk);
    return next;
  };
  return { doc: walk(doc), withheld };
}

/** A copy of a note document with source and highlight ids in citations and quotation marks renamed by the maps. */
export function remapDocIds(
  doc: DocNode,
  sources: ReadonlyMap<string, string>,
  highlights: ReadonlyMap<string, string>,
): DocNode {
  const rename = (attrs: Record<string, unknown>): Record<string, unknown> => {
    const out = { ...attrs };
    const s = str(attrs.sourceId);
    const h = str(attrs.highlightId);
    if (s && sources.has(s)) out.sourceId = sources.get(s);
    if (h && highlights.has(h)) out.highlightId = highlights.get(h);
    return out;
  };
  const walk = (node: DocNode): DocNode => {
    const next: DocNode = { ...node };
    if (node.type === CITATION_NODE && node.attrs) next.attrs = rename(node.attrs);
    if (node.marks)
      next.marks = node.marks.map((m) =>
        m.type === SOURCE_QUOTE_MARK && m.attrs ? { ...m, attrs: rename(m.attrs) } : m,
      );
    if (node.content) next.content = node.content.map(walk);
    return next;
  };
  return walk(doc);
}

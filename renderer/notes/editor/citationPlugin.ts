import type { Editor } from '@tiptap/core';
import { Fragment, type Node as PMNode, type Schema, Slice } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import type { CitationInfo } from '../../../shared/contract/results';
import { validateCitationAttrs, validateSourceQuoteAttrs } from '../../../shared/notes/citationAttrs';
import { CITATION_NODE, citationKey, type CitationTarget } from '../../../shared/notes/collectCitations';
import { SOURCE_QUOTE_MARK } from '../../../shared/notes/sanitizeNoteDoc';
import { computeCitationDecorations, type CitationDecorationsResult } from './citationDecorations';
import { CITATION_DRAG_MIME, readCitationDragData } from './citationDrag';

/**
 * `generation` counts the changes to the document that added, removed or edited a citation or a
 * quotation (as `touchesCitations` reads them): whoever keeps a list of the note's citations reads
 * the whole note again only when it moved, not on every keystroke.
 */
export interface CitationPluginState extends CitationDecorationsResult {
  generation: number;
}

export const citationPluginKey = new PluginKey<CitationPluginState>('citation');

/** The citation generation of an editor state (0 before the plugin runs). */
export const citationGeneration = (state: EditorState): number =>
  citationPluginKey.getState(state)?.generation ?? 0;

/** Transaction meta that asks the plugin to look citations up again (after new answers arrive). */
export const REFRESH_CITATIONS = 'refresh';

// Serialising a citation for the clipboard or getHTML() sees only the node, not the editor, yet
// the copied text should say [2] like the screen does. Each editor has its own schema, so the
// schema finds the numbers of the editor that is copying.
const numbersBySchema = new WeakMap<Schema, () => Map<string, number> | undefined>();

/** The number a citation shows in its editor, when it is being serialised from one. */
export function citationNumberFor(node: PMNode): number | undefined {
  const target = validateCitationAttrs(node.attrs);
  return target ? numbersBySchema.get(node.type.schema)?.()?.get(citationKey(target)) : undefined;
}

/** Keeps only citations and quotation marks that pass the validator; used on every paste. */
export function cleanFragment(fragment: Fragment): Fragment {
  const nodes: PMNode[] = [];
  fragment.forEach((child) => {
    if (child.type.name === CITATION_NODE) {
      const attrs = validateCitationAttrs(child.attrs);
      if (attrs) nodes.push(child.type.create(attrs, null, child.marks));
      return;
    }
    const marks = child.marks.filter(
      (m) => m.type.name !== SOURCE_QUOTE_MARK || validateSourceQuoteAttrs(m.attrs),
    );
    const next = child.isText ? child.mark(marks) : child.copy(cleanFragment(child.content)).mark(marks);
    nodes.push(next);
  });
  return Fragment.fromArray(nodes);
}

const isTracked = (node: PMNode): boolean =>
  node.type.name === CITATION_NODE || node.marks.some((m) => m.type.name === SOURCE_QUOTE_MARK);

/**
 * Whether a transaction adds, removes or edits a citation or a quotation. Recomputing every
 * citation's decoration on each keystroke cost a full pass over long notes, so typing that
 * touches neither only maps the existing decorations. Any step it cannot read counts as touching.
 */
export function touchesCitations(tr: Transaction): boolean {
  return tr.steps.some((step, i) => {
    const before = tr.docs[i] ?? tr.before;
    const slice = (step as { slice?: Slice }).slice;
    if (!(slice instanceof Slice)) return true;
    let touched = false;
    step.getMap().forEach((oldStart, oldEnd) => {
      before.nodesBetween(oldStart, oldEnd, (node) => {
        if (isTracked(node)) touched = true;
        return !touched;
      });
    });
    slice.content.descendants((node) => {
      if (isTracked(node)) touched = true;
      return !touched;
    });
    return touched;
  });
}

export interface CitationPluginOptions {
  editor: Editor;
  resolve: (target: CitationTarget) => CitationInfo | undefined;
  formatDate: (value: string) => string;
  onOpen: (target: CitationTarget) => void;
}

/** Numbering and broken/mismatch decorations, plus click, paste and drop handling for citations. */
// Long because: one ProseMirror plugin spec whose props share the plugin's resolver and options.
export function citationPlugin({ editor, resolve, formatDate, onOpen }: CitationPluginOptions): Plugin {
  const compute = (doc: PMNode) => computeCitationDecorations(doc, resolve, formatDate);
  return new Plugin<CitationPluginState>({
    key: citationPluginKey,
    state: {
      init: (_, state) => ({ ...compute(state.doc), generation: 0 }),
      apply: (tr, previous) => {
        const { generation } = previous;
        if (tr.docChanged && touchesCitations(tr)) return { ...compute(tr.doc), generation: generation + 1 };
        if (tr.getMeta(citationPluginKey) === REFRESH_CITATIONS) return { ...compute(tr.doc), generation };
        // Plain typing elsewhere: the numbers stand, the decorations only move with the text.
        return tr.docChanged
          ? {
              numbers: previous.numbers,
              decorations: previous.decorations.map(tr.mapping, tr.doc),
              generation,
            }
          : previous;
      },
    },
    view: (view) => {
      const schema = view.state.schema;
      numbersBySchema.set(schema, () => citationPluginKey.getState(view.state)?.numbers);
      return { destroy: () => numbersBySchema.delete(schema) };
    },
    props: {
      decorations: (state) => citationPluginKey.getState(state)?.decorations,
      transformPasted: (slice) => new Slice(cleanFragment(slice.content), slice.openStart, slice.openEnd),
      handleClickOn: (_view, _pos, node, _nodePos, event) => {
        if (node.type.name !== CITATION_NODE || event.button !== 0) return false;
        const target = validateCitationAttrs(node.attrs);
        if (target) onOpen(target);
        return true;
      },
      handleDrop: (view, event) => {
        const payload = readCitationDragData(event.dataTransfer);
        if (!payload) return false;
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
        if (!at) return false;
        event.preventDefault();
        const chain = editor.chain().focus();
        // A dragged highlight becomes a quotation; Alt (Option) drops the citation alone.
        if (payload.quote && payload.highlightId && !event.altKey) {
          chain
            .insertQuotation(
              { sourceId: payload.sourceId, highlightId: payload.highlightId, quote: payload.quote },
              at.pos,
            )
            .run();
        } else
          chain
            .insertCitation(
              { sourceId: payload.sourceId, highlightId: payload.highlightId, locator: null },
              at.pos,
            )
            .run();
        return true;
      },
      handleDOMEvents: {
        dragover: (_view, event) => {
          if (event.dataTransfer?.types.includes(CITATION_DRAG_MIME)) {
            event.preventDefault();
            event.dataTransfer.dropEffect = 'copy';
          }
          return false;
        },
      },
    },
  });
}

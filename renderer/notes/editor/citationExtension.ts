import { mergeAttributes, Node } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import type { CitationInfo } from '../../../shared/contract/results';
import { validateCitationAttrs } from '../../../shared/notes/citationAttrs';
import { CITATION_NODE, type CitationTarget } from '../../../shared/notes/collectCitations';
import { citationContent } from '../../../shared/notes/citationContent';
import { citationNodeView } from './citationNodeView';
import { citationNumberFor, citationPlugin, citationPluginKey, REFRESH_CITATIONS } from './citationPlugin';

/** A citation as callers describe it; missing highlight or locator mean none. */
export interface CitationInput {
  sourceId: string;
  highlightId?: string | null;
  locator?: string | null;
}

/** A highlight to quote: its exact words go in, followed by a citation of it. */
export interface QuotationInput {
  sourceId: string;
  highlightId: string;
  quote: string;
}

export interface CitationOptions {
  /**
   * Called when the reporter clicks a citation (or presses Enter on a selected one).
   * @default () => undefined
   */
  onOpen: (target: CitationTarget) => void;
  /**
   * What a citation points at, if already known: feeds the hover text, the broken marker and the
   * quotation check. Return undefined while unknown; call `refreshCitations()` when answers arrive.
   * @default () => undefined
   */
  resolve: (target: CitationTarget) => CitationInfo | undefined;
  /**
   * Formats a source's publication date for hover text.
   * @default (value) => value
   */
  formatDate: (value: string) => string;
  /**
   * HTML attributes added to every serialised citation.
   * @default {}
   */
  HTMLAttributes: Record<string, unknown>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    citation: {
      /** Inserts a citation at the selection (or at `position`); false when the target is not valid. */
      insertCitation: (target: CitationInput, position?: number) => ReturnType;
      /** Inserts “quote” marked as taken from the highlight, then its citation; false when invalid. */
      insertQuotation: (quotation: QuotationInput, position?: number) => ReturnType;
      /** Redraws numbers, hover text and warnings after `resolve` learnt something new. */
      refreshCitations: () => ReturnType;
    };
  }
}

const readCitationElement = (el: HTMLElement): CitationTarget | null =>
  validateCitationAttrs({
    sourceId: el.getAttribute('data-source-id'),
    highlightId: el.getAttribute('data-highlight-id'),
    locator: el.getAttribute('data-locator'),
  });

/** Each attribute is read through the validator too, so a stray `sourceid=` cannot slip past it. */
const parsedAttribute = (name: keyof CitationTarget) => ({
  default: null,
  parseHTML: (el: HTMLElement) => readCitationElement(el)?.[name] ?? null,
  renderHTML: () => ({}),
});

/** An inline citation of a highlight or a source, shown as [n] in order of first appearance. */
export const Citation = Node.create<CitationOptions>({
  name: CITATION_NODE,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return {
      onOpen: () => undefined,
      resolve: () => undefined,
      formatDate: (value) => value,
      HTMLAttributes: {},
    };
  },

  addAttributes() {
    return {
      sourceId: parsedAttribute('sourceId'),
      highlightId: parsedAttribute('highlightId'),
      locator: parsedAttribute('locator'),
    };
  },

  parseHTML() {
    const valid = (el: HTMLElement) => (readCitationElement(el) ? null : false);
    return [
      { tag: 'cite[data-citation]', getAttrs: valid },
      { tag: 'span[data-citation]', getAttrs: valid },
      // Invalid citations are dropped whole, rather than leaving their "[3]" behind as text.
      { tag: 'cite[data-citation]', ignore: true },
      { tag: 'span[data-citation]', ignore: true },
    ];
  },

  renderHTML({ node }) {
    const target = validateCitationAttrs(node.attrs);
    if (!target) return ['span', { class: 'citation-invalid' }];
    const attrs = mergeAttributes(this.options.HTMLAttributes, {
      class: 'citation',
      'data-citation': '',
      'data-source-id': target.sourceId,
      ...(target.highlightId ? { 'data-highlight-id': target.highlightId } : {}),
      ...(target.locator ? { 'data-locator': target.locator } : {}),
    });
    return ['cite', attrs, `[${citationNumberFor(node) ?? '*'}]`];
  },

  renderText({ node }) {
    return validateCitationAttrs(node.attrs) ? `[${citationNumberFor(node) ?? '*'}]` : '';
  },

  addNodeView() {
    return citationNodeView;
  },

  addCommands() {
    return {
      insertCitation:
        (input, position) =>
        ({ commands }) => {
          const content = citationContent({ ...input });
          if (!content) return false;
          return position === undefined
            ? commands.insertContent(content)
            : commands.insertContentAt(position, content);
        },
      insertQuotation:
        (input, position) =>
        ({ commands }) => {
          // Only the target and the quote: a locator belongs to whole-source citations.
          const content = citationContent(
            { sourceId: input?.sourceId, highlightId: input?.highlightId },
            input?.quote ?? '',
          );
          if (!content) return false;
          return position === undefined
            ? commands.insertContent(content)
            : commands.insertContentAt(position, content);
        },
      refreshCitations:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(citationPluginKey, REFRESH_CITATIONS).setMeta('addToHistory', false);
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const { selection } = editor.state;
        if (!(selection instanceof NodeSelection) || selection.node.type.name !== this.name) return false;
        const target = validateCitationAttrs(selection.node.attrs);
        if (target) this.options.onOpen(target);
        return true;
      },
    };
  },

  addProseMirrorPlugins() {
    return [
      citationPlugin({
        editor: this.editor,
        resolve: (target) => this.options.resolve(target),
        formatDate: (value) => this.options.formatDate(value),
        onOpen: (target) => this.options.onOpen(target),
      }),
    ];
  },
});

export { validateCitationAttrs };

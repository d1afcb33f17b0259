import { Mark, mergeAttributes } from '@tiptap/core';
import { validateSourceQuoteAttrs } from '../../../shared/notes/citationAttrs';
import { SOURCE_QUOTE_MARK } from '../../../shared/notes/sanitizeNoteDoc';

export interface SourceQuoteOptions {
  /**
   * HTML attributes added to every quotation span.
   * @default {}
   */
  HTMLAttributes: Record<string, unknown>;
}

const readQuoteElement = (el: HTMLElement) =>
  validateSourceQuoteAttrs({
    highlightId: el.getAttribute('data-highlight-id'),
    sourceId: el.getAttribute('data-source-id'),
  });

/**
 * Marks text quoted from a highlight, so the editor can tell when the words drift from the source.
 * Not inclusive: typing after a quotation is the writer's own text.
 */
export const SourceQuote = Mark.create<SourceQuoteOptions>({
  name: SOURCE_QUOTE_MARK,
  inclusive: false,

  addOptions() {
    return { HTMLAttributes: {} };
  },

  addAttributes() {
    return {
      highlightId: {
        default: null,
        parseHTML: (el) => readQuoteElement(el)?.highlightId ?? null,
        renderHTML: () => ({}),
      },
      sourceId: {
        default: null,
        parseHTML: (el) => readQuoteElement(el)?.sourceId ?? null,
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-source-quote]', getAttrs: (el) => readQuoteElement(el) ?? false }];
  },

  renderHTML({ mark }) {
    const attrs = validateSourceQuoteAttrs(mark.attrs);
    if (!attrs) return ['span', {}, 0];
    return [
      'span',
      mergeAttributes(this.options.HTMLAttributes, {
        class: 'source-quote',
        'data-source-quote': '',
        'data-highlight-id': attrs.highlightId,
        'data-source-id': attrs.sourceId,
      }),
      0,
    ];
  },
});

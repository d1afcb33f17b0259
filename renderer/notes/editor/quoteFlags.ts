import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { STATUS_WORDS, type QuoteStatus } from '../../../shared/quotes';

/** One quotation the check found a problem with, as editor positions. */
export interface QuoteFlag {
  from: number;
  to: number;
  status: QuoteStatus;
}

const quoteFlagsKey = new PluginKey<DecorationSet>('quoteFlags');
const SET = 'setQuoteFlags';

/** The words a screen reader and a hover give for a flagged quotation. */
export const quoteFlagLabel = (status: QuoteStatus): string => `Quote check: ${STATUS_WORDS[status]}`;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    quoteFlags: {
      /** Shows the quote check's problems in the text (replacing the previous ones). */
      setQuoteFlags: (flags: QuoteFlag[]) => ReturnType;
    };
  }
}

/**
 * Marks quotations the quote check flagged with a style of their own (a tinted, double-underlined
 * span with a label, not a spelling squiggle). The marks follow edits until the next check.
 */
export const QuoteFlags = Extension.create({
  name: 'quoteFlags',
  addCommands() {
    return {
      setQuoteFlags:
        (flags) =>
        ({ tr, dispatch }) => {
          if (dispatch) dispatch(tr.setMeta(SET, flags));
          return true;
        },
    };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: quoteFlagsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const flags = tr.getMeta(SET) as QuoteFlag[] | undefined;
            if (!flags) return set.map(tr.mapping, tr.doc);
            const size = tr.doc.content.size;
            return DecorationSet.create(
              tr.doc,
              flags
                .filter((f) => f.from >= 0 && f.to <= size && f.to > f.from)
                .map((f) =>
                  Decoration.inline(f.from, f.to, {
                    class: `quote-flag quote-flag--${f.status}`,
                    title: quoteFlagLabel(f.status),
                    'aria-label': quoteFlagLabel(f.status),
                    role: 'mark',
                  }),
                ),
            );
          },
        },
        props: { decorations: (state) => quoteFlagsKey.getState(state) },
      }),
    ];
  },
});

import { Extension } from '@tiptap/core';
import { isHistoryTransaction } from '@tiptap/pm/history';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';

/** The link extension's own test for "autolink skips this change". */
const PREVENT_AUTOLINK = 'preventAutolink';
/** Whitespace above U+0020 as the link extension reads it (its DOMPurify class), widened with \s. */
const WIDE_WHITESPACE = /[\s\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/;

/** The extension also counts every control character as whitespace; either reading sends the change to its scan. */
function hasWhitespace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) <= 0x20) return true;
  return WIDE_WHITESPACE.test(text);
}

/**
 * Whether a change can neither make a link nor end one: it only inserts, at one point per step,
 * plain text with no whitespace. The link extension turns a web address into a link when a
 * whitespace or a new block follows it, and unlinks whitespace typed after a link, so for such a
 * change its scan always ends without doing anything.
 */
export function cannotAutolink(tr: Transaction): boolean {
  if (!tr.docChanged || isHistoryTransaction(tr)) return false;
  return tr.steps.every((step) => {
    if (!(step instanceof ReplaceStep) || step.from !== step.to) return false;
    const { content, openStart, openEnd } = step.slice;
    const only = content.childCount === 1 ? content.firstChild : null;
    return openStart === 0 && openEnd === 0 && !!only?.isText && !hasWhitespace(only.text ?? '');
  });
}

/**
 * Spares typing the link extension's autolink pass. That pass replays each transaction's steps
 * and compares the whole document before it looks at the typed text (about a fifth of the time
 * spent applying a keystroke in a long note); a change that cannot link is told to skip it through
 * the extension's own `preventAutolink` meta. Typed and pasted addresses still become links.
 */
export const QuietAutolink = Extension.create({
  name: 'quietAutolink',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('quietAutolink'),
        // Marks the transaction rather than filtering it: every change is still applied. The mark
        // skips the pass for the transactions appended to it too; of the note's plugins only the
        // trailing paragraph appends a change to the text, an empty block no link can come from.
        filterTransaction: (tr) => {
          if (cannotAutolink(tr)) tr.setMeta(PREVENT_AUTOLINK, true);
          return true;
        },
      }),
    ];
  },
});

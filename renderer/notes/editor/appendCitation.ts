import type { Editor } from '@tiptap/core';
import { quoteMarksFor } from '../../../shared/quotes/quoteMarks';
import type { PendingInsert } from '../lastEditedNote';

/** Quotation marks of the language the reporter writes in (the page's, else the browser's). */
export const noteQuoteMarks = (): [string, string] =>
  quoteMarksFor(document.documentElement.lang || navigator.language);

/**
 * Adds a queued citation or quotation at the cursor (where the reporter last was in the note),
 * or at the end of the note in a paragraph of its own when the cursor is not in text, and
 * scrolls to it. A quotation goes in the note language's quotation marks, followed by its
 * citation, as dragging does. Goes through the validating commands; false if refused.
 */
export function appendCitation(editor: Editor, insert: PendingInsert): boolean {
  const { selection } = editor.state;
  let at = selection.$to.parent.isTextblock ? selection.to : -1;
  if (at < 0) {
    const last = editor.state.doc.lastChild;
    if (!(last?.type.name === 'paragraph' && last.content.size === 0)) {
      editor.commands.insertContentAt(editor.state.doc.content.size, { type: 'paragraph' });
    }
    at = editor.state.doc.content.size - 1;
  }
  const done =
    insert.kind === 'quotation'
      ? editor.commands.insertQuotation(
          {
            sourceId: insert.sourceId,
            highlightId: insert.highlightId,
            quote: insert.quote,
            marks: noteQuoteMarks(),
          },
          at,
        )
      : editor.commands.insertCitation({ sourceId: insert.sourceId, highlightId: insert.highlightId }, at);
  if (done) editor.commands.scrollIntoView();
  return done;
}

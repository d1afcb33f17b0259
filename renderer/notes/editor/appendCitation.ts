import type { Editor } from '@tiptap/core';
import type { PendingInsert } from '../lastEditedNote';

/**
 * Adds a queued citation or quotation at the end of the note, in a paragraph of its own unless the
 * last paragraph is empty, and scrolls to it. Goes through the validating commands; false if refused.
 */
export function appendCitation(editor: Editor, insert: PendingInsert): boolean {
  const last = editor.state.doc.lastChild;
  if (!(last?.type.name === 'paragraph' && last.content.size === 0)) {
    editor.commands.insertContentAt(editor.state.doc.content.size, { type: 'paragraph' });
  }
  const end = editor.state.doc.content.size - 1;
  const done =
    insert.kind === 'quotation'
      ? editor.commands.insertQuotation(
          { sourceId: insert.sourceId, highlightId: insert.highlightId, quote: insert.quote },
          end,
        )
      : editor.commands.insertCitation({ sourceId: insert.sourceId, highlightId: insert.highlightId }, end);
  if (done) editor.commands.scrollIntoView();
  return done;
}

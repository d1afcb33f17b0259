import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import { appendCitation } from './editor/appendCitation';
import { changeInBackground } from './editor/backgroundChange';
import { registerOpenEditor, subscribePendingInserts, takePendingInserts } from './lastEditedNote';

/** Inserts citations queued for this note (by the reader's Cite button) now and whenever more arrive. */
export function usePendingInserts(noteId: string, editor: Editor | null, editable: boolean): void {
  useEffect(() => {
    if (!editor || !editable) return;
    const apply = () => {
      // Queued from the reader while the reporter may be typing here.
      for (const insert of takePendingInserts(noteId))
        changeInBackground(editor, (e) => appendCitation(e, insert));
    };
    apply();
    const unregister = registerOpenEditor(noteId);
    const unsubscribe = subscribePendingInserts((id) => {
      if (id === noteId) apply();
    });
    return () => {
      unsubscribe();
      unregister();
    };
  }, [editor, editable, noteId]);
}

import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import { appendCitation } from './editor/appendCitation';
import { registerOpenEditor, subscribePendingInserts, takePendingInserts } from './lastEditedNote';

/** Inserts citations queued for this note (by the reader's Cite button) now and whenever more arrive. */
export function usePendingInserts(noteId: string, editor: Editor | null, editable: boolean): void {
  useEffect(() => {
    if (!editor || !editable) return;
    const apply = () => {
      for (const insert of takePendingInserts(noteId)) appendCitation(editor, insert);
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

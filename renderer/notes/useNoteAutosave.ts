import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Api } from '../../shared/contract/contract';
import type { NoteMeta } from '../../shared/model/note';
import { noteIsEmpty } from '../../shared/notes/noteIsEmpty';
import type { NoteReplica } from './collab/noteReplica';
import { Autosaver, type NoteDoc, type SaveState } from './autosaver';
import { EditingClock } from './editingClock';

/**
 * Autosave for one open note: ~700 ms after typing stops, retried until it succeeds; a revision
 * after every ten minutes of editing and when the note is closed (or the window hidden).
 */
// Long because: the save queue's callbacks share its refs (the save in flight, the pending document).
export function useNoteAutosave(
  api: Api,
  noteId: string,
  onSaved: (note: NoteMeta) => void,
  /** A shared note saves by pushing its Yjs changes; main derives and writes the body. */
  replica: NoteReplica | null = null,
) {
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const saver = useRef<Autosaver | null>(null);
  const editedRef = useRef<() => void>(() => undefined);
  const onSavedRef = useRef(onSaved);
  useLayoutEffect(() => {
    onSavedRef.current = onSaved;
  });

  // Built in the effect, not during render, so React's strict double mount gets a live saver.
  useEffect(() => {
    const clock = new EditingClock();
    let snapshotDue = false;
    const snapshot = (reason: 'interval' | 'close') =>
      api.snapshotNote({ id: noteId, reason }).catch(() => undefined);
    const current = new Autosaver({
      save: async (doc, allowEmpty) => {
        if (!replica) return onSavedRef.current(await api.saveNote({ id: noteId, doc, allowEmpty }));
        const saved = await replica.push();
        if (saved) onSavedRef.current(saved);
      },
      onState: setSaveState,
      onSaved: () => {
        if (!snapshotDue) return;
        snapshotDue = false;
        void snapshot('interval');
      },
    });
    const markEdited = () => {
      if (clock.edit(Date.now())) snapshotDue = true;
    };
    saver.current = current;
    editedRef.current = markEdited;

    const flushNow = () => void current.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushNow();
    };
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onVisibility);
      if (saver.current === current) saver.current = null;
      // flush() reads the document synchronously, before the editor is torn down.
      void current.flush().then(() => snapshot('close'));
      current.dispose();
    };
  }, [api, noteId, replica]);

  /** Call after each change the reporter makes. */
  const changed = useCallback((editor: Editor) => {
    editedRef.current();
    saver.current?.changed(() => {
      const doc = editor.getJSON() as NoteDoc;
      // The reporter emptied the note themselves: the only case an empty note may replace a full one.
      return { doc, allowEmpty: noteIsEmpty(doc) };
    });
  }, []);

  const flush = useCallback(() => saver.current?.flush() ?? Promise.resolve(), []);

  return { saveState, changed, flush };
}

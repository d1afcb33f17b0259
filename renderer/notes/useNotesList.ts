import { useCallback, useState } from 'react';
import type { NoteMeta } from '../../shared/model/note';
import { useApi } from '../transport/ApiContext';
import { useLoad } from '../ui/useLoad';
import { errorMessage } from '../transport/errorMessage';
import { forgetEditedNote } from './lastEditedNote';
import { markNewNote } from './newNoteFocus';

export type NotesView = 'notes' | 'trash';

/** The notes list or the trash, with create, rename, delete (to trash) and restore. */
// Long because: list, create, rename, trash and restore share the loaded list and its reload.
export function useNotesList(onOpenNote: (id: string) => void) {
  const api = useApi();
  const [view, setView] = useState<NotesView>('notes');
  // Reloads keep the same key so the list never flashes empty while it refreshes.
  const notes = useLoad(() => api.listNotes({ trashed: view === 'trash' }), view);
  const { reload } = notes;
  const [actionError, setActionError] = useState<string | null>(null);
  /** The latest note changed from the list, so an open copy of it can follow (title, trash). */
  const [lastChanged, setLastChanged] = useState<NoteMeta | null>(null);

  const act = useCallback(
    async (action: () => Promise<NoteMeta>): Promise<NoteMeta | undefined> => {
      setActionError(null);
      try {
        const result = await action();
        setLastChanged(result);
        reload();
        return result;
      } catch (error) {
        setActionError(errorMessage(error));
        return undefined;
      }
    },
    [reload],
  );

  const create = useCallback(async () => {
    const note = await act(() => api.createNote({ title: '' }));
    if (note) {
      markNewNote(note.id);
      setView('notes');
      onOpenNote(note.id);
    }
  }, [act, api, onOpenNote]);

  const rename = useCallback(
    (id: string, title: string) => act(() => api.renameNote({ id, title })),
    [act, api],
  );

  const trash = useCallback(
    async (id: string) => {
      if (await act(() => api.trashNote({ id }))) forgetEditedNote(id);
    },
    [act, api],
  );

  const restore = useCallback((id: string) => act(() => api.restoreNote({ id })), [act, api]);

  const notesList: NoteMeta[] | undefined = notes.value;
  return {
    view,
    setView,
    notes: notesList,
    status: notes.status,
    lastChanged,
    loadError: notes.error,
    actionError,
    dismissError: () => setActionError(null),
    reload,
    create,
    rename,
    trash,
    restore,
  };
}

export type NotesList = ReturnType<typeof useNotesList>;

import { useApi } from '../transport/ApiContext';
import { useLoad } from '../ui/useLoad';
import { NoteReplica } from './collab/noteReplica';
import { prepareNoteDoc } from './prepareNoteDoc';

/**
 * Opens a note: its metadata and its document, made safe for the editor; in a shared notebook
 * also the editor's replica of the note's shared document (null otherwise, and for a note the
 * editor cannot read, which stays read-only as its stored body).
 */
export function useNoteDocument(noteId: string) {
  const api = useApi();
  return useLoad(async () => {
    const [{ note, doc }, shared] = await Promise.all([
      api.getNote({ id: noteId }),
      api.openNoteReplica({ id: noteId }),
    ]);
    const prepared = prepareNoteDoc(doc);
    const replica = shared.shared && prepared.readable ? new NoteReplica(api, noteId, shared.state) : null;
    return { note, prepared, replica };
  }, noteId);
}

export type OpenedNote = NonNullable<ReturnType<typeof useNoteDocument>['value']>;

import { useApi } from '../transport/ApiContext';
import { useLoad } from '../ui/useLoad';
import { prepareNoteDoc } from './prepareNoteDoc';

/** Opens a note: its metadata and its document, made safe for the editor. */
export function useNoteDocument(noteId: string) {
  const api = useApi();
  return useLoad(async () => {
    const { note, doc } = await api.getNote({ id: noteId });
    return { note, prepared: prepareNoteDoc(doc) };
  }, noteId);
}

export type OpenedNote = NonNullable<ReturnType<typeof useNoteDocument>['value']>;

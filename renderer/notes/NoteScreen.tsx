import type { NoteMeta } from '../../shared/model/note';
import type { CitationTarget } from '../../shared/notes/collectCitations';
import { LoadError } from '../ui/LoadError';
import { NoteView } from './NoteView';
import { type OpenedNote, useNoteDocument } from './useNoteDocument';
import { useNoteWorkspace } from './useNoteWorkspace';

interface Props {
  noteId: string;
  /** This note as last changed from the list (renamed, trashed, restored). */
  changedElsewhere: NoteMeta | null;
  onOpenCitation: (target: CitationTarget) => void;
  onNoteChanged: (note: NoteMeta) => void;
}

function Workspace({ opened, ...callbacks }: Omit<Props, 'noteId'> & { opened: OpenedNote }) {
  return <NoteView workspace={useNoteWorkspace(opened, callbacks)} />;
}

/** Opens a note, then shows it; the editor is created only once its document is known to be safe. */
export function NoteScreen({ noteId, ...callbacks }: Props) {
  const loaded = useNoteDocument(noteId);
  if (loaded.status === 'error') {
    return <LoadError title="This note could not be opened" message={loaded.error} onRetry={loaded.reload} />;
  }
  if (loaded.status === 'loading') {
    return (
      <p className="loading" role="status">
        Opening the note…
      </p>
    );
  }
  return <Workspace opened={loaded.value} {...callbacks} />;
}

import type { NoteMeta } from '../../shared/model/note';
import type { CitationTarget } from '../../shared/notes/collectCitations';
import { routeHash } from '../ui/route';
import { NoteScreen } from '../notes/NoteScreen';
import '../notes/notes.css';
import '../notes/references.css';

interface Props {
  noteId: string | null;
  /** Changes when the note must be opened afresh (a cited highlight was deleted or restored). */
  version: number;
  busy: boolean;
  onCreate: () => void;
  onClose: () => void;
  onOpenCitation: (target: CitationTarget) => void;
  onNoteChanged: (note: NoteMeta) => void;
}

/** The last edited note beside the text, so highlights can be dragged or cited straight into it. */
export function NotesSplit({
  noteId,
  version,
  busy,
  onCreate,
  onClose,
  onOpenCitation,
  onNoteChanged,
}: Props) {
  return (
    <section className="notes-split" aria-label="Note beside the text">
      <div className="notes-split__bar">
        {noteId ? (
          <a className="notes-split__full" href={routeHash({ name: 'notes', id: noteId })}>
            Open in Notes
          </a>
        ) : (
          <span />
        )}
        <button type="button" className="button button--quiet button--small" onClick={onClose}>
          Close
        </button>
      </div>
      {noteId ? (
        <NoteScreen
          key={`${noteId}/${version}`}
          noteId={noteId}
          changedElsewhere={null}
          onOpenCitation={onOpenCitation}
          onNoteChanged={onNoteChanged}
        />
      ) : (
        <div className="notes-split__empty">
          <p className="muted">No note has been opened yet.</p>
          <button type="button" className="button button--primary" disabled={busy} onClick={onCreate}>
            New note
          </button>
        </div>
      )}
    </section>
  );
}

import type { NotesList as NotesListState } from './useNotesList';
import { NoteListItem } from './NoteListItem';
import { useNoteQuoteProblems } from './quotes/useNoteQuoteProblems';
import { useMayChange } from '../sync/SyncStatusContext';

interface Props {
  list: NotesListState;
  activeId: string | null;
  onOpen: (id: string) => void;
}

/** The side list of notes with New note and a switch to the Trash. */
// Long because: the list's markup (new, filter, live, trash); each item is a component already.
export function NotesList({ list, activeId, onOpen }: Props) {
  const trashed = list.view === 'trash';
  const quoteProblems = useNoteQuoteProblems(list.notes, !trashed);
  // A reviewer of a shared notebook reads notes: the server refuses their new, renamed or deleted ones.
  const mayChange = useMayChange('note');
  return (
    <nav className="notes-list" aria-label="Notes">
      <div className="notes-list__head">
        <div className="notes-list__tabs" role="tablist" aria-label="Show">
          <button
            type="button"
            role="tab"
            aria-selected={!trashed}
            className="notes-list__tab"
            onClick={() => list.setView('notes')}
          >
            Notes
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={trashed}
            className="notes-list__tab"
            onClick={() => list.setView('trash')}
          >
            Trash
          </button>
        </div>
        {mayChange && (
          <button type="button" className="button button--primary" onClick={() => void list.create()}>
            New note
          </button>
        )}
      </div>
      {list.actionError && (
        <p className="notes-list__error" role="alert">
          {list.actionError}{' '}
          <button type="button" className="button button--quiet" onClick={list.dismissError}>
            Dismiss
          </button>
        </p>
      )}
      {list.status === 'error' && !list.notes ? (
        <p className="notes-list__error" role="alert">
          The notes could not be listed: {list.loadError}{' '}
          <button type="button" className="button button--quiet" onClick={list.reload}>
            Try again
          </button>
        </p>
      ) : !list.notes ? (
        <p className="notes-list__empty" role="status">
          Loading…
        </p>
      ) : list.notes.length === 0 ? (
        <p className="notes-list__empty">
          {trashed ? 'The trash is empty.' : 'No notes yet. Create one to start writing.'}
        </p>
      ) : (
        <ul className="notes-list__items">
          {list.notes.map((note) => (
            <NoteListItem
              key={note.id}
              note={note}
              active={note.id === activeId}
              trashed={trashed}
              readOnly={!mayChange}
              quoteProblems={trashed ? 0 : (quoteProblems.get(note.id) ?? 0)}
              onOpen={onOpen}
              onRename={(id, title) => void list.rename(id, title)}
              onTrash={(id) => void list.trash(id)}
              onRestore={(id) => void list.restore(id)}
            />
          ))}
        </ul>
      )}
    </nav>
  );
}

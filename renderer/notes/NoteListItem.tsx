import { useState } from 'react';
import type { NoteMeta } from '../../shared/model/note';
import { formatDate } from '../ui/formatDate';
import { noteTitle } from '../../shared/notes/noteFacts';
import { focusWhenShown } from '../ui/focusWhenShown';
import { useCommandHandlers } from '../commands/useCommandHandlers';
import { takeNewNote } from './newNoteFocus';

interface Props {
  note: NoteMeta;
  active: boolean;
  trashed: boolean;
  /** Nothing to change here (a reviewer of a shared notebook): no rename, delete or restore. */
  readOnly: boolean;
  /** Open quote problems in the note (from the quote check); 0 shows nothing. */
  quoteProblems: number;
  onOpen: (id: string) => void;
  onRename: (id: string, title: string) => void;
  onTrash: (id: string) => void;
  onRestore: (id: string) => void;
}

/** One note in the list: open, rename in place, move to the trash, or restore from it. */
// Long because: one item's open, rename, trash and restore share its rename state.
export function NoteListItem(props: Props) {
  const { note, active, trashed, readOnly, quoteProblems, onOpen, onRename, onTrash, onRestore } = props;
  const renamable = !trashed && !readOnly;
  // A note just made with New note starts with its title field focused.
  const [draft, setDraft] = useState<string | null>(() => (takeNewNote(note.id) ? note.title : null));
  const finish = () => {
    if (draft !== null && draft.trim() !== note.title) onRename(note.id, draft.trim());
    setDraft(null);
  };
  // F2 (or Alt+Shift+R) renames the open note, from the list or from inside its text.
  useCommandHandlers({ 'notes.rename': active && renamable ? () => setDraft(note.title) : null });
  const meta = `${formatDate(note.updatedAt)} · ${note.wordCount.toLocaleString()} ${note.wordCount === 1 ? 'word' : 'words'}`;

  return (
    <li className={active ? 'note-item note-item--active' : 'note-item'} data-note-id={note.id}>
      {draft !== null ? (
        <input
          className="note-item__rename"
          aria-label="Note title"
          value={draft}
          maxLength={300}
          autoFocus
          onChange={(e) => setDraft(e.target.value)}
          onBlur={finish}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              // Kept from the editor, which would otherwise receive this Enter as a new paragraph.
              e.preventDefault();
              finish();
              // Title first, then the text: Enter moves on to the note's body.
              if (active) focusWhenShown('.notes-page__note [contenteditable="true"]');
            }
            if (e.key === 'Escape') setDraft(null);
          }}
        />
      ) : (
        <button
          type="button"
          className="note-item__open"
          aria-current={active ? 'page' : undefined}
          disabled={trashed}
          onClick={() => onOpen(note.id)}
          onDoubleClick={() => renamable && setDraft(note.title)}
        >
          <span className="note-item__title">{noteTitle(note.title)}</span>
          <span className="note-item__meta">{meta}</span>
          {quoteProblems > 0 && (
            <span className="note-item__quotes">
              {quoteProblems} {quoteProblems === 1 ? 'quote problem' : 'quote problems'}
            </span>
          )}
        </button>
      )}
      <span className="note-item__actions">
        {readOnly ? null : trashed ? (
          <button type="button" className="button button--quiet" onClick={() => onRestore(note.id)}>
            Restore
          </button>
        ) : (
          <>
            <button
              type="button"
              className="button button--quiet"
              aria-label={`Rename ${noteTitle(note.title)}`}
              aria-keyshortcuts={active ? 'F2 Alt+Shift+R' : undefined}
              onClick={() => setDraft(note.title)}
            >
              Rename
            </button>
            <button
              type="button"
              className="button button--quiet"
              aria-label={`Delete ${noteTitle(note.title)} (move to the trash)`}
              onClick={() => onTrash(note.id)}
            >
              Delete
            </button>
          </>
        )}
      </span>
    </li>
  );
}

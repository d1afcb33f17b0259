import { useCallback, useEffect } from 'react';
import { useCommandHandlers } from '../commands/useCommandHandlers';
import { useMayChange } from '../sync/SyncStatusContext';
import { routeHash } from '../ui/route';
import { forgetEditedNote, lastEditedNoteId } from './lastEditedNote';
import type { CitationTarget } from '../../shared/notes/collectCitations';
import { NoteScreen } from './NoteScreen';
import { NotesList } from './NotesList';
import { useNotesList } from './useNotesList';
import './notes.css';
import './references.css';

export interface NotesPageProps {
  /** The open note, or null for the list alone. */
  noteId: string | null;
  onOpenNote: (id: string) => void;
  /** A citation was clicked: show its highlight (or source) in the reader. */
  onOpenCitation: (target: CitationTarget) => void;
}

/** The notes list beside the open note. */
export function NotesPage({ noteId, onOpenNote, onOpenCitation }: NotesPageProps) {
  const list = useNotesList(onOpenNote);
  const { reload } = list;
  const onNoteChanged = useCallback(() => reload(), [reload]);
  // Notes reopens the note last worked in (kept across restarts), if it is still in the list.
  const listed = list.view === 'notes' ? list.notes : undefined;
  useEffect(() => {
    const last = noteId || !listed ? null : lastEditedNoteId();
    if (!last) return;
    if (!listed?.some((note) => note.id === last)) forgetEditedNote(last);
    // Replaced, not pushed: Back from the note must not land on the bare list and bounce here again.
    else window.location.replace(routeHash({ name: 'notes', id: last }));
  }, [noteId, listed]);
  const mayChange = useMayChange('note');
  useCommandHandlers({ 'note.new': mayChange ? () => void list.create() : null });
  return (
    <div className="notes-page">
      <h1 className="visually-hidden">Notes</h1>
      <NotesList list={list} activeId={noteId} onOpen={onOpenNote} />
      <div className="notes-page__note">
        {noteId ? (
          <NoteScreen
            key={noteId}
            noteId={noteId}
            changedElsewhere={list.lastChanged?.id === noteId ? list.lastChanged : null}
            onOpenCitation={onOpenCitation}
            onNoteChanged={onNoteChanged}
          />
        ) : (
          <p className="notes-page__empty">Choose a note, or create one with New note.</p>
        )}
      </div>
    </div>
  );
}

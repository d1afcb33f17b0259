import { useCallback } from 'react';
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
  return (
    <div className="notes-page">
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

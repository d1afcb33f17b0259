import { routeHash } from '../../ui/route';
import type { CitingNote } from './useCitingNotes';
import { UNTITLED_NOTE } from '../../../shared/notes/untitledNote';

interface Props {
  notes: readonly CitingNote[];
  className?: string;
}

/** “Cited in: Draft A, Draft B”, each a link that opens the note. */
export function CitedIn({ notes, className = 'cited-in' }: Props) {
  if (notes.length === 0) return null;
  return (
    <p className={className}>
      <span className="cited-in__label">Cited in:</span>{' '}
      {notes.map((note, index) => (
        <span key={note.noteId}>
          {index > 0 && ', '}
          <a href={routeHash({ name: 'notes', id: note.noteId })}>{note.title || UNTITLED_NOTE}</a>
        </span>
      ))}
    </p>
  );
}

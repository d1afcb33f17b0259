import { useCallback } from 'react';
import type { Source } from '../../shared/model';
import { useApi } from '../transport/ApiContext';
import { routeHash } from '../ui/route';
import { isOpenInEditor, lastEditedNoteId, queueCitation, rememberEditedNote } from '../notes/lastEditedNote';
import { errorMessage } from '../transport/errorMessage';
import { REVIEWER_NO_NOTES, useMayChange } from '../sync/SyncStatusContext';
import type { useToast } from './useToast';
import { noteTitle } from '../../shared/notes/noteFacts';

interface Deps {
  source: Pick<Source, 'id' | 'title'>;
  toast: ReturnType<typeof useToast>;
  /** The note the citation went into (the split view follows it). */
  onCited: (noteId: string) => void;
}

/**
 * The reader's Cite action: cites a highlight in the note last edited, or in a new note named
 * after the source when no note has been opened yet; through the note's editor when it is open
 * beside the text, else straight into the stored note. Then says where it went, with a way to
 * open that note. A citation writes a note: a reviewer is told so instead (the server would refuse it).
 */
export function useCiteHighlight({ source, toast, onCited }: Deps) {
  const api = useApi();
  const { show } = toast;
  const mayChange = useMayChange('note');
  return useCallback(
    async (highlightId: string) => {
      if (!mayChange) return void show(REVIEWER_NO_NOTES, { tone: 'error' });
      try {
        let noteId = lastEditedNoteId();
        let title: string | null = null;
        if (noteId) {
          const known = (await api.listNotes({ trashed: false })).find((n) => n.id === noteId);
          if (known) title = known.title;
          else noteId = null;
        }
        if (!noteId) {
          const created = await api.createNote({ title: source.title.slice(0, 300) });
          noteId = created.id;
          title = created.title;
          rememberEditedNote(noteId);
        }
        // The quotation and its citation, as dragging gives: at the cursor in an open note.
        const language = document.documentElement.lang || navigator.language;
        if (!isOpenInEditor(noteId)) {
          await api.citeInNote({ id: noteId, sourceId: source.id, highlightId, asQuotation: true, language });
        } else if (
          !queueCitation(
            {
              sourceId: source.id,
              highlightId,
              quote: (await api.listHighlights({ sourceId: source.id })).highlights.find(
                (h) => h.highlight.id === highlightId,
              )?.highlight.quote.exact,
              asQuotation: true,
            },
            noteId,
          )
        ) {
          show('That highlight could not be cited.', { tone: 'error' });
          return;
        }
        onCited(noteId);
        const target = noteId;
        show(`Cited in ‘${noteTitle(title ?? '')}’`, {
          tone: 'info',
          action: {
            label: 'Open note',
            run: () => {
              window.location.hash = routeHash({ name: 'notes', id: target });
            },
          },
        });
      } catch (error) {
        show(`The highlight could not be cited: ${errorMessage(error)}`, { tone: 'error' });
      }
    },
    [api, source.id, source.title, show, onCited, mayChange],
  );
}

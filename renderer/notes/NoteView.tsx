import { NoteEditor } from './editor/NoteEditor';
import { ReferencesList } from './ReferencesList';
import { QuoteCheckPanel } from './quotes/QuoteCheckPanel';
import { RevisionsPanel } from './RevisionsPanel';
import { SaveStatus } from './SaveStatus';
import type { NoteWorkspace } from './useNoteWorkspace';
import { noteTitle } from '../../shared/notes/noteFacts';
import { useCommandHandlers } from '../commands/useCommandHandlers';
import { focusNow } from './editor/backgroundChange';

// Long because: one JSX tree of the note screen (title, save state, editor, quote check, references).
/** One open note: title, save state, editor, references and the revisions panel. */
export function NoteView({ workspace: w }: { workspace: NoteWorkspace }) {
  const trashed = w.note.trashedAt !== null;
  return (
    <div className={w.revisions.open ? 'note-view note-view--with-panel' : 'note-view'}>
      <NoteCommands workspace={w} />
      <article className="note-view__main" aria-labelledby="note-title">
        <header className="note-view__head">
          <h2 id="note-title" className="note-view__title">
            {noteTitle(w.note.title)}
          </h2>
          <SaveStatus state={w.saveState} onRetry={() => void w.retrySave()} />
          <button
            type="button"
            className="button button--quiet"
            aria-keyshortcuts="Control+Shift+Q Meta+Shift+Q"
            disabled={!w.editor || w.quotes.state.status === 'checking'}
            onClick={() => void w.quotes.run()}
          >
            Check quotes
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={w.revisions.open}
            onClick={w.revisions.toggle}
          >
            Revisions
          </button>
        </header>
        {trashed && (
          <div className="note-view__banner" role="status">
            This note is in the trash, so it cannot be edited.{' '}
            <button type="button" className="button" onClick={() => void w.restoreFromTrash()}>
              Restore it
            </button>
          </div>
        )}
        {w.sharedReadOnly && !trashed && (
          <p className="note-view__banner" role="status">
            {w.sharedReadOnly}
          </p>
        )}
        {w.actionError && (
          <p className="note-view__banner note-view__banner--error" role="alert">
            {w.actionError}
          </p>
        )}
        {w.problem && (
          <div className="note-view__banner note-view__banner--error" role="alert">
            <p>{w.problem.message}</p>
            {w.problem.text && <pre className="note-view__raw">{w.problem.text}</pre>}
          </div>
        )}
        {!w.problem && <NoteEditor editor={w.editor} suggestions={w.suggestions} editable={w.editable} />}
        {w.editable && (
          <p className="note-view__hint muted">
            Type [[ or @ to cite a highlight or source, or drag a highlight here. Ctrl-click (⌘-click) opens a
            link.
          </p>
        )}
        <QuoteCheckPanel check={w.quotes} editable={w.editable} />
        <ReferencesList references={w.references} error={w.citationError} onOpen={w.openCitation} />
      </article>
      <RevisionsPanel revisions={w.revisions} editable={w.editable} trashed={trashed} />
    </div>
  );
}

/** The note's commands (keys in commands/commandTable): check its quotations, put the cursor in its text. */
function NoteCommands({ workspace: w }: { workspace: NoteWorkspace }) {
  useCommandHandlers({
    'notes.checkQuotes': () => {
      if (!w.editor || w.quotes.state.status === 'checking') return false;
      void w.quotes.run();
    },
    'notes.revisions': w.revisions.toggle,
    'notes.focusEditor': () => {
      if (!w.editor) return false;
      w.editor.commands.command(focusNow);
    },
  });
  return null;
}

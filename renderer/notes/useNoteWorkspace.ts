import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { NoteWithBody } from '../../shared/contract/results';
import type { NoteMeta } from '../../shared/model/note';
import { buildReferences } from '../../shared/notes/buildReferences';
import { collectCitations, type CitationTarget } from '../../shared/notes/collectCitations';
import { editorCitationTargets, editorQuoteTargets, targetsSignature } from './editor/editorTargets';
import { citationGeneration } from './editor/citationPlugin';
import { useNoteEditor } from './editor/useNoteEditor';
import { changeInBackground } from './editor/backgroundChange';
import { useApi } from '../transport/ApiContext';
import { errorMessage } from '../transport/errorMessage';
import { rememberEditedNote } from './lastEditedNote';
import type { OpenedNote } from './useNoteDocument';
import { prepareNoteDoc } from './prepareNoteDoc';
import { useCitationResolver } from './useCitationResolver';
import { useNoteAutosave } from './useNoteAutosave';
import { usePendingInserts } from './usePendingInserts';
import { useRevisions } from './useRevisions';
import { useQuoteCheck } from './quotes/useQuoteCheck';
import { useReplicaPull } from './collab/useReplicaPull';
import { useMayChange } from '../sync/SyncStatusContext';

const REVIEWER_READ_ONLY =
  'You joined this shared notebook as a reviewer, so its notes are read-only here (the server refuses changes from a reviewer). You can reply to highlights.';

interface Callbacks {
  changedElsewhere: NoteMeta | null;
  onOpenCitation: (target: CitationTarget) => void;
  /** The note's metadata changed (saved, renamed, restored): the list may want to refresh. */
  onNoteChanged: (note: NoteMeta) => void;
}

/** Everything one open note needs: editor, autosave, citations, references, revisions, trash state. */
// Long because: wires the note's document, autosave, citations, revisions and inserts to one editor.
export function useNoteWorkspace(
  opened: OpenedNote,
  { changedElsewhere, onOpenCitation, onNoteChanged }: Callbacks,
) {
  const api = useApi();
  const noteId = opened.note.id;
  const [note, setNote] = useState(opened.note);
  // Follow a rename or trash done from the list (adjusting state while rendering, as React advises).
  const [seenElsewhere, setSeenElsewhere] = useState(changedElsewhere);
  if (changedElsewhere !== seenElsewhere) {
    setSeenElsewhere(changedElsewhere);
    if (changedElsewhere)
      setNote((n) => ({ ...n, title: changedElsewhere.title, trashedAt: changedElsewhere.trashedAt }));
  }
  const [readable, setReadable] = useState(opened.prepared.readable);
  const [actionError, setActionError] = useState<string | null>(null);
  const [targets, setTargets] = useState<CitationTarget[]>(() => collectCitations(opened.prepared.doc));
  const editorRef = useRef<Editor | null>(null);
  const resolver = useCitationResolver(api, () =>
    changeInBackground(editorRef.current, (e) => e.commands.refreshCitations()),
  );
  const { request } = resolver;

  const noteChanged = useCallback(
    (next: NoteMeta) => {
      setNote(next);
      onNoteChanged(next);
    },
    [onNoteChanged],
  );
  const { replica } = opened;
  const autosave = useNoteAutosave(api, noteId, noteChanged, replica);
  useReplicaPull(replica);
  const { changed } = autosave;

  // The citation generation the targets were last read at (the opened document's is 0).
  const readGeneration = useRef(0);
  const readTargets = useCallback(
    (changedEditor: Editor) => {
      readGeneration.current = citationGeneration(changedEditor.state);
      const next = editorCitationTargets(changedEditor.state.doc);
      setTargets((prev) => (targetsSignature(prev) === targetsSignature(next) ? prev : next));
      void request([...next, ...editorQuoteTargets(changedEditor.state.doc)]);
    },
    [request],
  );

  // A failed lookup is asked again on the next change, whatever it touched.
  const lookupFailed = useRef(false);
  useLayoutEffect(() => {
    lookupFailed.current = resolver.error !== null;
  });

  // Reading every citation walks the whole note; in a long note that is too much for each
  // keystroke, so it waits for a pause in typing (references and hover cards can lag a moment),
  // and plain typing that adds, removes or edits no citation or quotation does not read at all.
  const targetsTimer = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (targetsTimer.current !== null) window.clearTimeout(targetsTimer.current);
    },
    [],
  );
  const onChange = useCallback(
    (changedEditor: Editor) => {
      rememberEditedNote(noteId);
      changed(changedEditor);
      const citationsMoved = citationGeneration(changedEditor.state) !== readGeneration.current;
      if (!citationsMoved && !lookupFailed.current) return;
      if (targetsTimer.current !== null) window.clearTimeout(targetsTimer.current);
      targetsTimer.current = window.setTimeout(() => {
        targetsTimer.current = null;
        readTargets(changedEditor);
      }, 150);
    },
    [changed, noteId, readTargets],
  );

  // A reviewer's note changes are refused by the server: read-only here rather than replaced later.
  const mayChange = useMayChange('note');
  const editable = readable && note.trashedAt === null && mayChange;
  const search = useCallback((query: string) => api.searchCitables({ query, limit: 20 }), [api]);
  const { editor: created, suggestions } = useNoteEditor({
    initialDoc: opened.prepared.doc,
    collaboration: replica?.doc ?? null,
    carets: replica?.presence ?? null,
    editable,
    resolve: resolver.resolve,
    onOpenCitation,
    search,
    onChange,
  });

  useEffect(() => {
    editorRef.current = created;
    if (!created) return;
    rememberEditedNote(noteId);
    void request([...editorCitationTargets(created.state.doc), ...editorQuoteTargets(created.state.doc)]);
  }, [created, noteId, request]);

  usePendingInserts(noteId, created, editable);

  const onRestored = useCallback(
    (restored: NoteWithBody) => {
      const prepared = prepareNoteDoc(restored.doc);
      setReadable(prepared.readable);
      created?.commands.setContent(prepared.doc, { emitUpdate: false });
      if (created) readTargets(created);
      noteChanged(restored.note);
    },
    [created, noteChanged, readTargets],
  );
  const revisions = useRevisions(api, noteId, created, autosave.flush, onRestored);

  const quotes = useQuoteCheck(api, noteId, created, autosave.flush);

  const references = useMemo(
    () => buildReferences(targets, resolver.infos.values()),
    [targets, resolver.infos],
  );

  const restoreFromTrash = useCallback(async () => {
    setActionError(null);
    try {
      noteChanged(await api.restoreNote({ id: noteId }));
    } catch (error) {
      setActionError(errorMessage(error));
    }
  }, [api, noteChanged, noteId]);

  return {
    note,
    editor: created,
    suggestions,
    editable,
    problem:
      !readable && !opened.prepared.readable
        ? { message: opened.prepared.problem, text: opened.prepared.text }
        : null,
    /** Why a shared note cannot be changed here (a reviewer), or null. */
    sharedReadOnly: mayChange ? null : REVIEWER_READ_ONLY,
    saveState: autosave.saveState,
    retrySave: autosave.flush,
    references,
    citationError: resolver.error,
    revisions,
    actionError,
    restoreFromTrash,
    openCitation: onOpenCitation,
    quotes,
  };
}

export type NoteWorkspace = ReturnType<typeof useNoteWorkspace>;

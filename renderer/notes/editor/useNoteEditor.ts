import type { Editor } from '@tiptap/core';
import { useEditor } from '@tiptap/react';
import { useEffect, useLayoutEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { CitableHit } from '../../../shared/contract/noteCalls';
import type { CitationInfo } from '../../../shared/contract/results';
import type { DocNode } from '../../../shared/model/note';
import type { CitationTarget } from '../../../shared/notes/collectCitations';
import { formatDate } from '../../ui/formatDate';
import { catchUpBeforeKey } from './backgroundChange';
import type { ReplicaPresence } from '../collab/replicaPresence';
import { noteExtensions } from './noteExtensions';
import { createSuggestionStore, type SuggestionStore } from './suggestionStore';

export interface NoteEditorSetup {
  /** The document to start from (already validated); later changes to it are ignored. */
  initialDoc: DocNode;
  /** A shared note's replica: the editor is bound to it and initialDoc is not used. */
  collaboration?: Y.Doc | null;
  /** The replica's presence, for collaborators' carets. */
  carets?: ReplicaPresence | null;
  editable: boolean;
  resolve: (target: CitationTarget) => CitationInfo | undefined;
  onOpenCitation: (target: CitationTarget) => void;
  search: (query: string) => Promise<CitableHit[]>;
  /** Called after every change the reporter makes (never for loading or restoring). */
  onChange: (editor: Editor) => void;
}

/**
 * The editor's extensions are built once, but the page's callbacks change with each render:
 * these stable functions forward to whichever callbacks were rendered last.
 */
function forwardCallbacks(initial: NoteEditorSetup) {
  let current = initial;
  return {
    update: (next: NoteEditorSetup) => {
      current = next;
    },
    resolve: (t: CitationTarget) => current.resolve(t),
    onOpen: (t: CitationTarget) => current.onOpenCitation(t),
    search: (query: string) => current.search(query),
    onChange: (editor: Editor) => current.onChange(editor),
  };
}

/** One TipTap editor for one note, with the citation picker's store. */
export function useNoteEditor(setup: NoteEditorSetup): {
  editor: Editor | null;
  suggestions: SuggestionStore;
} {
  const [callbacks] = useState(() => forwardCallbacks(setup));
  useLayoutEffect(() => callbacks.update(setup));
  const [suggestions] = useState(createSuggestionStore);
  const [options] = useState(() => ({
    extensions: noteExtensions({
      citation: {
        resolve: callbacks.resolve,
        onOpen: callbacks.onOpen,
        formatDate: (value: string) => formatDate(value),
      },
      suggestion: { search: callbacks.search, store: suggestions },
      ...(setup.collaboration ? { collaboration: setup.collaboration } : {}),
      ...(setup.carets ? { carets: setup.carets } : {}),
    }),
    // Bound to a shared note, the text comes from its Y.Doc; content would be added to it again.
    ...(setup.collaboration ? {} : { content: setup.initialDoc }),
    editable: setup.editable,
  }));

  const editor = useEditor({
    ...options,
    // Our CSP forbids inline <style>; the base rules live in editor.css.
    injectCSS: false,
    immediatelyRender: true,
    // The core 'delete' extension replays every transaction's steps to announce deletions that
    // nothing here listens to: in a long note that is a copy of the document per keystroke.
    enableCoreExtensions: { delete: false },
    shouldRerenderOnTransaction: false,
    editorProps: {
      // Before any key handler of any extension: the caret the browser moved, not the last one heard of.
      handleKeyDown: catchUpBeforeKey,
      attributes: {
        class: 'note-editor__content',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': 'Note text',
      },
    },
    onUpdate: ({ editor: changed }) => callbacks.onChange(changed),
  });

  const { editable } = setup;
  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable, false);
    // Said to assistive technology too: a role="textbox" that takes no typing is read-only.
    editor?.view.dom.setAttribute('aria-readonly', String(!editable));
  }, [editor, editable]);

  return { editor, suggestions };
}

import type { Editor } from '@tiptap/core';
import { EditorContent } from '@tiptap/react';
import { CitationSuggestions } from './CitationSuggestions';
import { NoteToolbar } from './NoteToolbar';
import type { SuggestionStore } from './suggestionStore';
import { useEditorToolbar } from './useEditorToolbar';
import { useSuggestionState } from './useSuggestionState';
import './editor.css';
import './carets.css';

interface Props {
  editor: Editor | null;
  suggestions: SuggestionStore;
  editable: boolean;
}

/** The note's toolbar, text and citation picker. */
export function NoteEditor({ editor, suggestions, editable }: Props) {
  const toolbar = useEditorToolbar(editor);
  const picker = useSuggestionState(suggestions);
  return (
    <div className="note-editor">
      {editable && <NoteToolbar toolbar={toolbar} />}
      <EditorContent editor={editor} className="note-editor__frame" />
      <CitationSuggestions
        state={picker}
        onPick={(index, asQuotation) => suggestions.pick(index, asQuotation)}
      />
    </div>
  );
}

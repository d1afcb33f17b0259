import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import type { DocNode } from '../../shared/model/note';
import { docText } from '../../shared/notes/collectCitations';
import { sanitizeNoteDoc } from '../../shared/notes/sanitizeNoteDoc';
import { noteExtensions } from './editor/noteExtensions';
import type { NoteDoc } from './autosaver';

let schema: Schema | null = null;

export type PreparedDoc =
  { readable: true; doc: NoteDoc } | { readable: false; doc: NoteDoc; problem: string; text: string };

const EMPTY: NoteDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

/**
 * A stored document made safe for the editor: bad citations dropped, then checked against the
 * editor's schema. TipTap would silently swap content it cannot read for an empty page, and
 * autosave would then write that page over the note, so unreadable notes open read-only instead.
 */
export function prepareNoteDoc(stored: DocNode): PreparedDoc {
  const doc = sanitizeNoteDoc(stored) as NoteDoc;
  if (!doc.content || doc.content.length === 0) return { readable: true, doc: EMPTY };
  try {
    schema ??= getSchema(noteExtensions());
    schema.nodeFromJSON(doc).check();
    return { readable: true, doc };
  } catch {
    return {
      readable: false,
      doc: EMPTY,
      text: docText(stored),
      problem:
        'This note contains something the editor cannot show, so it is open read-only to keep it safe. Its revisions are still available.',
    };
  }
}

import type { Node as PMNode } from '@tiptap/pm/model';
import { updateYFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import type { DocNode } from '../model';
import { normalizeNoteDoc } from '../notes/normalizeNoteDoc';
import { noteYSchema } from './noteYSchema';

/** The fragment name @tiptap/extension-collaboration binds to by default. */
export const NOTE_FIELD = 'default';

/** The note document a Y.Doc holds, through the one gate every note document passes. */
export function readNoteFragment(doc: Y.Doc): DocNode & { type: 'doc' } {
  const { doc: note } = normalizeNoteDoc(yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(NOTE_FIELD)));
  return { ...note, type: 'doc' };
}

/** True when the fragment holds nothing yet (a note no one has shared a body for). */
export function isEmptyFragment(doc: Y.Doc): boolean {
  return doc.getXmlFragment(NOTE_FIELD).length === 0;
}

/**
 * Writes a saved note into the fragment as a diff (not a replacement), so concurrent edits made
 * elsewhere to other parts, or other characters, of the note survive the merge.
 */
export function writeNoteFragment(doc: Y.Doc, note: DocNode): void {
  const node: PMNode = noteYSchema().nodeFromJSON(note);
  doc.transact(() => {
    updateYFragment(doc, doc.getXmlFragment(NOTE_FIELD), node, { mapping: new Map(), isOMark: new Map() });
  }, 'local');
}

import { Extension } from '@tiptap/core';
import { yCursorPlugin } from '@tiptap/y-tiptap';
import { CARET_COLOURS, CARET_TEXT, caretSlot } from '../collab/caretColours';
import type { ReplicaPresence } from '../collab/replicaPresence';

type CursorAwareness = Parameters<typeof yCursorPlugin>[0];

/**
 * A collaborator's caret: a coloured line with their name above it. The name is drawn by CSS
 * from `data-name` (editor.css), so it is never text in the note: not selectable, not copied,
 * not in the saved body. Screen readers skip it (who is here is in the sync status). Colours are
 * set through the CSSOM (the CSP allows no inline style attributes); CSS picks the theme's pair.
 */
export function caretElement(user: { name: string }): HTMLElement {
  const colours = CARET_COLOURS[caretSlot(user.name)]!;
  const caret = document.createElement('span');
  caret.className = 'note-caret';
  caret.setAttribute('aria-hidden', 'true');
  caret.dataset.name = user.name;
  caret.style.setProperty('--caret-light', colours.light);
  caret.style.setProperty('--caret-dark', colours.dark);
  caret.style.setProperty('--caret-text-light', CARET_TEXT.light);
  caret.style.setProperty('--caret-text-dark', CARET_TEXT.dark);
  return caret;
}

/**
 * Collaborators' carets and names in a shared note (y-tiptap's cursor plugin, fed by the replica's
 * presence). Their selections get a quiet tint of their own (editor.css).
 */
export const CollabCarets = Extension.create<{ presence: ReplicaPresence | null }>({
  name: 'collabCarets',
  addOptions() {
    return { presence: null };
  },
  addProseMirrorPlugins() {
    const { presence } = this.options;
    if (!presence) return [];
    return [
      yCursorPlugin(presence as unknown as CursorAwareness, {
        cursorBuilder: caretElement,
        selectionBuilder: () => ({ class: 'note-caret-selection' }),
      }),
    ];
  },
});

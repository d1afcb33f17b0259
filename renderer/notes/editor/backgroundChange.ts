import type { Editor } from '@tiptap/core';
import type { EditorView } from '@tiptap/pm/view';

/** The part of ProseMirror's DOM observer used here (not in its public types; see catchUpWithDom). */
interface DomObserver {
  forceFlush(): void;
  flush(): void;
}

/**
 * Reads into the editor what the browser changed in its text but has not reported yet.
 *
 * The browser moves the caret itself for Home, End, Ctrl+End, arrows and Page keys, and tells the
 * editor in a later `selectionchange` task. An update that redraws the editor before that task (a
 * quote check's flags, citation numbers arriving, a citation queued from the reader) writes the
 * editor's old caret back into the page: the caret move is lost and the next keys (Enter, Delete,
 * letters) land in the old place. ProseMirror's own reading of the selection is the one that
 * handles every kind (text, node, gap), so it is asked to do it now.
 */
export function catchUpWithDom(view: EditorView): void {
  const observer = (view as unknown as { domObserver?: Partial<DomObserver> }).domObserver;
  observer?.forceFlush?.(); // mutations waiting for their short timer
  observer?.flush?.(); // a caret the browser moved without telling yet
}

/**
 * ProseMirror answers a key (Enter, Delete, Backspace, a shortcut) at the caret it last heard of.
 * When the page is busy (a save, the notes list redrawn, a quote check), Chrome hands over queued
 * keys before the `selectionchange` of an earlier Ctrl+End or Home: Enter then split the quotation
 * the caret had just left, Delete removed the wrong letter. Reading the browser's caret first makes
 * every key act where the reporter sees the caret. For the editor's `handleKeyDown`; never handles
 * the key itself.
 */
export function catchUpBeforeKey(view: EditorView): boolean {
  catchUpWithDom(view);
  return false;
}

/**
 * Runs a change that does not come from the reporter's own keys (an answer from the notebook, a
 * timer, another panel) without undoing keys the reporter has already pressed. Every change made
 * to a note's editor from outside its key and mouse handlers goes through here. Returns what
 * `change` returned, or undefined when the editor is gone.
 */
export function changeInBackground<T>(editor: Editor | null, change: (editor: Editor) => T): T | undefined {
  if (!editor || editor.isDestroyed) return undefined;
  catchUpWithDom(editor.view);
  return change(editor);
}

/**
 * Puts the keyboard in the editor at once. TipTap's `focus()` waits for the next frame: keys typed
 * meanwhile go to the button that was clicked (or, once it is gone, to the page and its single-key
 * shortcuts), and the late focus then writes an old caret over a move the reporter already made.
 * Use as the first command of a chain: `editor.chain().command(focusNow)…run()`.
 */
export const focusNow = ({ editor, view }: { editor: Editor; view: EditorView }): boolean => {
  if (!editor.isDestroyed && !view.hasFocus()) view.focus();
  return true;
};

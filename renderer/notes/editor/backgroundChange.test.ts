// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { catchUpBeforeKey, changeInBackground } from './backgroundChange';
import { noteExtensions } from './noteExtensions';

// jsdom never fires `selectionchange`: a caret moved here is exactly one the browser has moved but not
// yet reported, as in Chrome when queued keys are handed over before that event (a busy page).
const editors: Editor[] = [];
// jsdom lays nothing out; Enter scrolls the caret into view, which asks for rectangles.
const noRect = { left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0, x: 0, y: 0 } as DOMRect;
Range.prototype.getClientRects = () => [noRect] as unknown as DOMRectList;
Range.prototype.getBoundingClientRect = () => noRect;
afterEach(() => {
  editors.splice(0).forEach((e) => e.destroy());
  document.body.replaceChildren();
});

function openEditor(withCatchUp: boolean): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: noteExtensions(),
    content: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'She said “yes” today' }] }],
    },
    injectCSS: false,
    editorProps: {
      attributes: { tabindex: '0' }, // jsdom focuses only what it knows to be focusable
      ...(withCatchUp ? { handleKeyDown: catchUpBeforeKey } : {}),
    },
  });
  editors.push(editor);
  editor.commands.setTextSelection(13); // inside the quotation, after "ye"
  editor.view.focus();
  expect(editor.view.hasFocus()).toBe(true);
  return editor;
}

/** Moves the caret the way Ctrl+End does: in the page only, without telling the editor. */
function moveCaretToEndNatively(editor: Editor): void {
  const text = editor.view.dom.querySelector('p')!.firstChild!;
  document.getSelection()!.collapse(text, text.textContent!.length);
}

const paragraphs = (editor: Editor): string[] => {
  const out: string[] = [];
  editor.state.doc.forEach((p) => out.push(p.textContent));
  return out;
};
const pressEnter = (editor: Editor) =>
  editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true }));

describe('keys after a caret move the editor has not heard of yet', () => {
  it('without catching up, Enter splits the quotation where the caret was before (the lost-key bug)', () => {
    const editor = openEditor(false);
    moveCaretToEndNatively(editor);
    pressEnter(editor);
    expect(paragraphs(editor)).toEqual(['She said “ye', 's” today']);
  });

  it('with catchUpBeforeKey, Enter acts where the browser’s caret is', () => {
    const editor = openEditor(true);
    moveCaretToEndNatively(editor);
    pressEnter(editor);
    expect(paragraphs(editor)).toEqual(['She said “yes” today', '']);
  });
});

describe('changeInBackground', () => {
  const flag = (editor: Editor) => editor.commands.setQuoteFlags([{ from: 10, to: 15, status: 'differs' }]);

  it('a redraw from outside without it writes the old caret back over the browser’s (the bug)', () => {
    const editor = openEditor(false);
    moveCaretToEndNatively(editor);
    flag(editor);
    expect(editor.state.selection.head).toBe(13);
    expect(document.getSelection()!.focusNode!.textContent).toBe('“yes”'); // back inside the quotation
  });

  it('keeps the caret the browser moved, and the editor learns it', () => {
    const editor = openEditor(false);
    moveCaretToEndNatively(editor);
    expect(changeInBackground(editor, flag)).toBe(true);
    const end = editor.state.doc.content.size - 1;
    expect(editor.state.selection.head).toBe(end);
    const { focusNode, focusOffset } = document.getSelection()!;
    expect(editor.view.posAtDOM(focusNode!, focusOffset)).toBe(end);
  });

  it('does nothing once the editor is gone', () => {
    const editor = openEditor(false);
    editor.destroy();
    expect(changeInBackground(editor, flag)).toBeUndefined();
    expect(changeInBackground(null, flag)).toBeUndefined();
  });
});

// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { noteExtensions } from './noteExtensions';
import { cannotAutolink } from './quietAutolink';

let editors: Editor[] = [];
afterEach(() => {
  for (const e of editors) e.destroy();
  editors = [];
});

function makeEditor(extensions = noteExtensions()): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions,
    content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'See ' }] }] },
    injectCSS: false,
  });
  editors.push(editor);
  editor.commands.setTextSelection(editor.state.doc.content.size - 1);
  return editor;
}

/** Types `text` one character at a time at the end, as the browser's input does. */
function typeAtEnd(editor: Editor, text: string): boolean[] {
  const quiet: boolean[] = [];
  for (const char of text) {
    const tr = editor.state.tr.insertText(char, editor.state.selection.to);
    quiet.push(cannotAutolink(tr));
    editor.view.dispatch(tr);
  }
  return quiet;
}

const links = (editor: Editor): string[] =>
  [...editor.view.dom.querySelectorAll('a')].map((a) => `${a.textContent} -> ${a.getAttribute('href')}`);

describe('QuietAutolink', () => {
  it.each([
    ['a letter', 'x', true],
    ['a dot', '.', true],
    ['a space', ' ', false],
    ['a no-break space', '\u00a0', false],
    ['an ideographic space', '\u3000', false],
    ['a tab', '\t', false],
    ['two words', 'a b', false],
  ])('%s: skip the scan = %s', (_, text, quiet) => {
    const editor = makeEditor();
    expect(cannotAutolink(editor.state.tr.insertText(text, editor.state.selection.to))).toBe(quiet);
  });

  it('never skips a deletion, a replacement, a new block or an undo', () => {
    const editor = makeEditor();
    const end = editor.state.selection.to;
    expect(cannotAutolink(editor.state.tr.delete(end - 2, end))).toBe(false);
    expect(cannotAutolink(editor.state.tr.insertText('x', end - 2, end))).toBe(false);
    expect(cannotAutolink(editor.state.tr.split(end))).toBe(false);
    expect(cannotAutolink(editor.state.tr.setMeta('anything', 1))).toBe(false);
    typeAtEnd(editor, 'word');
    editor.commands.undo();
    expect(editor.getText()).toBe('See ');
  });

  it('a typed web address still becomes a link when a space or a new block follows it', () => {
    const editor = makeEditor();
    const quiet = typeAtEnd(editor, 'https://example.org/report ');
    expect(quiet.filter((q) => !q)).toHaveLength(1);
    expect(links(editor)).toEqual(['https://example.org/report -> https://example.org/report']);
    typeAtEnd(editor, 'and https://news.example.com/a');
    editor.commands.enter();
    expect(links(editor)).toEqual([
      'https://example.org/report -> https://example.org/report',
      'https://news.example.com/a -> https://news.example.com/a',
    ]);
  });

  it.each([
    ['an address, then a word', ['https://example.org/a b']],
    ['typing right after a link, then a space', ['https://example.org ', -1, '/x', 99, 'y z']],
    ['an address in parentheses', ['(https://example.org/a) and']],
    ['an address before a new block', ['see https://example.org/a', '\n', 'next']],
    ['an e-mail address and a bare domain', ['desk@example.org example.org ']],
  ])('the same document as with the link extension alone: %s', (_, script) => {
    const run = (extensions: ReturnType<typeof noteExtensions>) => {
      const editor = makeEditor(extensions);
      for (const part of script) {
        if (typeof part === 'number') {
          const to = Math.min(editor.state.selection.to + part, editor.state.doc.content.size - 1);
          editor.commands.setTextSelection(to);
        } else if (part === '\n') editor.commands.enter();
        else typeAtEnd(editor, part);
      }
      return editor.getJSON();
    };
    const alone = noteExtensions().filter((e) => e.name !== 'quietAutolink');
    expect(alone).toHaveLength(noteExtensions().length - 1);
    expect(run(noteExtensions())).toEqual(run(alone));
  });

  it('an e-mail address stays plain text', () => {
    const editor = makeEditor();
    typeAtEnd(editor, 'desk@example.org ');
    expect(links(editor)).toEqual([]);
  });
});

// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Api } from '../../../shared/contract/contract';
import { encodeNoteUpdate, noteBodyOf, noteUpdateSince } from '../../../shared/sync/noteCollab';
import { writeNoteFragment } from '../../../shared/sync/noteFragment';
import { peerCarets, type Caret } from '../../../shared/sync/noteCarets';
import { noteExtensions } from '../editor/noteExtensions';
import { NoteReplica } from './noteReplica';

const editors: Editor[] = [];
afterEach(() => {
  editors.splice(0).forEach((e) => e.destroy());
  document.body.replaceChildren();
});

/**
 * Main and the server as carets see them: each member's presence state in the note (their name,
 * their caret), and `exchangeNoteCarets` answering with the others' through `peerCarets`.
 */
function fakeMain() {
  const shared = new Y.Doc();
  writeNoteFragment(shared, {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The mayor signed the lease.' }] }],
  });
  const states = new Map<number, { user: { name: string }; cursor: Caret | null }>();
  const open = (name: string, presenceId: number) => {
    const api = {
      exchangeNoteCarets: ({ caret, leaving }: { caret: Caret | null; leaving?: boolean }) => {
        if (leaving) states.delete(presenceId);
        else states.set(presenceId, { user: { name }, cursor: caret });
        return Promise.resolve({ peers: leaving ? [] : peerCarets(states, presenceId) });
      },
    } as unknown as Api;
    return new NoteReplica(api, 'n1', encodeNoteUpdate(noteUpdateSince(shared)));
  };
  return { open };
}

function bind(replica: NoteReplica): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: noteExtensions({ collaboration: replica.doc, carets: replica.presence }),
    injectCSS: false,
  });
  editors.push(editor);
  return editor;
}

/** The carets shown in an editor once its plugin has taken in the latest presence (it batches). */
async function caretsIn(editor: Editor): Promise<HTMLElement[]> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return [...editor.view.dom.querySelectorAll<HTMLElement>('.note-caret')];
}

describe('collaborators’ carets in a shared note', () => {
  it('Bob sees Ann’s caret where she is, with her name, and it never becomes part of the note', async () => {
    const main = fakeMain();
    const [annReplica, bobReplica] = [main.open('Ann', 101), main.open('Bob', 202)];
    const [ann, bob] = [bind(annReplica), bind(bobReplica)];

    // Ann puts her caret after "The mayor" in her editor, which has focus.
    // (jsdom focuses only elements with a tabindex; a browser focuses the editable text itself.)
    ann.view.dom.tabIndex = 0;
    ann.view.focus();
    ann.commands.setTextSelection(10);
    expect(annReplica.presence.caret()).not.toBeNull();
    await annReplica.exchangeCarets();
    await bobReplica.exchangeCarets();

    const [caret, ...more] = await caretsIn(bob);
    expect(more).toEqual([]);
    expect(caret?.dataset.name).toBe('Ann');
    expect(caret?.getAttribute('aria-hidden')).toBe('true');
    expect(caret?.textContent).toBe(''); // the name is drawn by CSS, never text in the note
    expect(caret?.previousSibling?.textContent).toBe('The mayor');
    // Bob's own editor shows no caret of his own; Ann's shows none (Bob is not in the text).
    expect(await caretsIn(ann)).toEqual([]);

    // Nothing of the caret is in what Bob's editor would save, nor in the note's doc.
    expect(JSON.stringify(bob.getJSON())).not.toContain('Ann');
    expect(JSON.stringify(noteBodyOf(bobReplica.doc))).not.toContain('Ann');
    expect(bob.getText()).toBe('The mayor signed the lease.');

    // Ann leaves the note: her caret goes from Bob's screen.
    annReplica.leave();
    await bobReplica.exchangeCarets();
    expect(await caretsIn(bob)).toEqual([]);
  });
});

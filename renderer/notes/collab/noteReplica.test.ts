// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Api } from '../../../shared/contract/contract';
import type { DocNode, NoteMeta } from '../../../shared/model/note';
import {
  applyNoteUpdate,
  decodeNoteUpdate,
  encodeNoteUpdate,
  noteBodyOf,
  noteUpdateSince,
} from '../../../shared/sync/noteCollab';
import { writeNoteFragment } from '../../../shared/sync/noteFragment';
import { peerCarets, type Caret } from '../../../shared/sync/noteCarets';
import { noteExtensions } from '../editor/noteExtensions';
import { NoteReplica } from './noteReplica';

const S = '00000000-0000-4000-8000-000000000001';
const H = '00000000-0000-4000-8000-000000000002';
const BASE: DocNode = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'He said ' },
        {
          type: 'text',
          text: 'we rebuild',
          marks: [{ type: 'sourceQuote', attrs: { highlightId: H, sourceId: S } }],
        },
        { type: 'citation', attrs: { sourceId: S, highlightId: H, locator: null } },
      ],
    },
    { type: 'paragraph', content: [{ type: 'text', text: 'End.' }] },
  ],
};

const editors: Editor[] = [];
afterEach(() => {
  editors.splice(0).forEach((e) => e.destroy());
  document.body.replaceChildren();
});

/**
 * Main's side as the relay keeps it: one persisted doc per note, which the contract calls reach.
 * `refuse` makes the next push fail, as when main is busy or the write fails.
 */
function fakeMain() {
  const shared = new Y.Doc();
  writeNoteFragment(shared, BASE);
  let refuse = false;
  // Each member's presence in the note (name and caret), as main and the server relay them.
  const states = new Map<number, { user: { name: string }; cursor: Caret | null }>();
  let opened = 0;
  const apiFor = (name: string, presenceId: number) => ({
    exchangeNoteCarets: ({ caret, leaving }: { caret: Caret | null; leaving?: boolean }) => {
      if (leaving) states.delete(presenceId);
      else states.set(presenceId, { user: { name }, cursor: caret });
      return Promise.resolve({ peers: leaving ? [] : peerCarets(states, presenceId) });
    },
  });
  const api = {
    pushNoteUpdate: ({ update }: { update: string }) => {
      if (refuse) {
        refuse = false;
        return Promise.reject(new Error('not now'));
      }
      applyNoteUpdate(shared, decodeNoteUpdate(update), 'editor');
      return Promise.resolve({ id: 'n1' } as NoteMeta);
    },
    pullNoteUpdate: ({ stateVector }: { stateVector: string }) =>
      Promise.resolve({ update: encodeNoteUpdate(noteUpdateSince(shared, decodeNoteUpdate(stateVector))) }),
  } as unknown as Api;
  return {
    api,
    shared,
    open: (name = 'Ann') =>
      new NoteReplica({ ...api, ...apiFor(name, ++opened) }, 'n1', encodeNoteUpdate(noteUpdateSince(shared))),
    refuseNextPush: () => (refuse = true),
  };
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

const paragraphs = (editor: Editor) => {
  const out: string[] = [];
  editor.state.doc.forEach((node) => out.push(node.textContent));
  return out;
};

describe('two editors bound to replicas of one shared note', () => {
  it('show the note, then both people’s concurrent typing, with the quotation and its citation intact', async () => {
    const main = fakeMain();
    const [annReplica, bobReplica] = [main.open(), main.open()];
    const [ann, bob] = [bind(annReplica), bind(bobReplica)];
    expect(paragraphs(ann)).toEqual(['He said we rebuild', 'End.']);

    // Both type before either has seen the other's change: Ann at the end of the first paragraph
    // (after the citation), Bob at the start of the second.
    const firstSize = ann.state.doc.child(0).nodeSize;
    ann.commands.insertContentAt(firstSize - 1, ' Ann.');
    bob.commands.insertContentAt(firstSize + 1, 'Bob: ');
    await annReplica.push();
    await bobReplica.push();
    await annReplica.pull();
    await bobReplica.pull();

    for (const editor of [ann, bob])
      expect(paragraphs(editor)).toEqual(['He said we rebuild Ann.', 'Bob: End.']);
    const stored = JSON.stringify(noteBodyOf(main.shared));
    expect(stored).toContain(
      `"marks":[{"type":"sourceQuote","attrs":{"highlightId":"${H}","sourceId":"${S}"}}]`,
    );
    expect(stored).toContain(
      `{"type":"citation","attrs":{"sourceId":"${S}","highlightId":"${H}","locator":null}}`,
    );
    expect(noteBodyOf(annReplica.doc)).toEqual(noteBodyOf(main.shared));
  });

  it('keeps typing that main did not accept and sends it with the next push', async () => {
    const main = fakeMain();
    const replica = main.open();
    const editor = bind(replica);
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' one');
    main.refuseNextPush();
    await expect(replica.push()).rejects.toThrow('not now');
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' two');
    await replica.push();
    expect(JSON.stringify(noteBodyOf(main.shared))).toContain('End. one two');
    expect(await replica.push()).toBeNull(); // nothing left to send
  });
});

/** The carets shown in an editor once its plugin has taken in the latest presence (it batches). */
async function caretsIn(editor: Editor): Promise<HTMLElement[]> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return [...editor.view.dom.querySelectorAll<HTMLElement>('.note-caret')];
}

describe('collaborators’ carets in a shared note', () => {
  it('Bob sees Ann’s caret where she is, with her name, and it never becomes part of the note', async () => {
    const main = fakeMain();
    const [annReplica, bobReplica] = [main.open('Ann'), main.open('Bob')];
    const [ann, bob] = [bind(annReplica), bind(bobReplica)];

    // Ann puts her caret after "He said" in her editor, which has focus.
    // (jsdom focuses only elements with a tabindex; a browser focuses the editable text itself.)
    ann.view.dom.tabIndex = 0;
    ann.view.focus();
    ann.commands.setTextSelection(8);
    expect(annReplica.presence.caret()).not.toBeNull();
    await annReplica.exchangeCarets();
    await bobReplica.exchangeCarets();

    const [caret, ...more] = await caretsIn(bob);
    expect(more).toEqual([]);
    expect(caret?.dataset.name).toBe('Ann');
    expect(caret?.getAttribute('aria-hidden')).toBe('true');
    expect(caret?.textContent).toBe(''); // the name is drawn by CSS, never text in the note
    expect(caret?.previousSibling?.textContent).toBe('He said');
    // Bob's own editor shows no caret of his own; Ann's shows none (Bob is not in the text).
    expect(await caretsIn(ann)).toEqual([]);

    // Nothing of the caret is in what Bob's editor would save, nor in the note's doc.
    expect(JSON.stringify(bob.getJSON())).not.toContain('Ann');
    expect(JSON.stringify(noteBodyOf(bobReplica.doc))).not.toContain('Ann');
    expect(paragraphs(bob)).toEqual(['He said we rebuild', 'End.']);

    // Ann leaves the note: her caret goes from Bob's screen.
    annReplica.leave();
    await bobReplica.exchangeCarets();
    expect(await caretsIn(bob)).toEqual([]);
  });
});

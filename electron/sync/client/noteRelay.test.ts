import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocNode, NoteBody } from '../../../shared/model';
import { noteBodyOf } from '../../../shared/sync/noteCollab';
import { writeNoteFragment } from '../../../shared/sync/noteFragment';
import { Turns } from './liveSync';
import { LocalDocs } from './localDocs';
import { NoteRelay } from './noteRelay';
import type { SyncConfig } from './syncState';

const NOTE = 'note-1';
const para = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...content: DocNode[]): DocNode & { type: 'doc' } => ({ type: 'doc', content });
const BASE = doc(para('First.'), para('Second.'));

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A notebook folder with one note whose stored body is BASE, and a relay on it. */
async function setup(role: SyncConfig['role'] = 'editor') {
  const dir = await mkdtemp(join(tmpdir(), 'rn-relay-'));
  dirs.push(dir);
  const bodies = new Map<string, DocNode>([[NOTE, BASE]]);
  const saves: DocNode[] = [];
  let localChanges = 0;
  const store = {
    dir,
    find: (_kind: 'notes', id: string) => bodies.get(id),
    notes: {
      readBody: (id: string): Promise<NoteBody> =>
        Promise.resolve({
          version: 1,
          noteId: id,
          savedAt: '2026-12-07T00:00:00.000Z',
          doc: bodies.get(id) as NoteBody['doc'],
        }),
    },
  };
  const config: SyncConfig = {
    version: 1,
    server: 'http://127.0.0.1:1',
    notebookId: 'nb1',
    token: 't',
    role,
    member: 'Ann',
  };
  const turns = new Turns();
  const relay = new NoteRelay({
    store,
    config,
    turns,
    saveBody: (id, body) => {
      bodies.set(id, body);
      saves.push(body);
      return Promise.resolve();
    },
    onLocalChange: () => localChanges++,
  });
  /** What a sync cycle does when another member's change to the note arrives: doc, then body. */
  const arriveFromServer = (update: Uint8Array) =>
    turns.run(async () => {
      const docs = new LocalDocs(dir, config.notebookId);
      const noteDoc = await docs.open('note', NOTE);
      Y.applyUpdate(noteDoc, update, 'server');
      bodies.set(NOTE, noteBodyOf(noteDoc));
      await docs.close();
    });
  return { relay, bodies, saves, arriveFromServer, changes: () => localChanges };
}

/** The editor's replica: what the Collaboration extension's doc holds, with its outgoing updates. */
function editorReplica(state: Uint8Array) {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, state, 'main');
  const outgoing: Uint8Array[] = [];
  replica.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'main') outgoing.push(update);
  });
  return { replica, outgoing };
}

describe('NoteRelay: the editor’s replica of a shared note and main’s persisted doc', () => {
  it('keeps the editor’s typing and another member’s text that arrived meanwhile, in the stored body', async () => {
    const { relay, bodies, saves, arriveFromServer, changes } = await setup();
    const ann = editorReplica(await relay.open(NOTE));
    // Bob (another member) types in the second paragraph; his change reaches this notebook first.
    const bob = new Y.Doc();
    Y.applyUpdate(bob, await relay.open(NOTE));
    const bobBefore = Y.encodeStateVector(bob);
    writeNoteFragment(bob, doc(para('First.'), para('Second. Bob.')));
    await arriveFromServer(Y.encodeStateAsUpdate(bob, bobBefore));

    // Ann's editor has not seen it yet and types in the first paragraph.
    writeNoteFragment(ann.replica, doc(para('First. Ann.'), para('Second.')));
    for (const update of ann.outgoing) expect(await relay.push(NOTE, update)).toEqual({ bodyChanged: true });

    expect(bodies.get(NOTE)).toEqual(doc(para('First. Ann.'), para('Second. Bob.')));
    expect(saves).toHaveLength(1);
    expect(changes()).toBe(1);
    // The editor takes in what it lacks and shows the same note as stored.
    Y.applyUpdate(ann.replica, await relay.pull(NOTE, Y.encodeStateVector(ann.replica)), 'main');
    expect(noteBodyOf(ann.replica)).toEqual(bodies.get(NOTE));
  });

  it('keeps a change main makes (a citation) and the editor’s typing pushed after it, in doc and body', async () => {
    const { relay, bodies, changes } = await setup();
    const ann = editorReplica(await relay.open(NOTE));
    // Ann types; before her editor pushes, main appends a citation (citeInNote from the reader).
    writeNoteFragment(ann.replica, doc(para('First. Ann.'), para('Second.')));
    await relay.edit(NOTE, (body) => ({ ...body, content: [...(body.content ?? []), para('Cited.')] }));
    expect(bodies.get(NOTE)).toEqual(doc(para('First.'), para('Second.'), para('Cited.')));
    for (const update of ann.outgoing) await relay.push(NOTE, update);
    expect(bodies.get(NOTE)).toEqual(doc(para('First. Ann.'), para('Second.'), para('Cited.')));
    expect(changes()).toBe(1); // the push; the edit's caller (a changing call) counts its own
    // The editor pulls the citation like any other change.
    Y.applyUpdate(ann.replica, await relay.pull(NOTE, Y.encodeStateVector(ann.replica)), 'main');
    expect(noteBodyOf(ann.replica)).toEqual(bodies.get(NOTE));
  });

  it('refuses a reviewer’s edit from main and changes nothing', async () => {
    const { relay, saves } = await setup('reviewer');
    await expect(relay.edit(NOTE, () => doc(para('Nope.')))).rejects.toThrow(/reviewer cannot change notes/);
    expect(saves).toEqual([]);
  });

  it('refuses an edit whose body does not fit the editor’s schema before the doc changes', async () => {
    const { relay, bodies, saves } = await setup();
    const before = await relay.open(NOTE);
    const unknownNode = { type: 'doc', content: [{ type: 'script', text: 'x' }] } as DocNode;
    await expect(relay.edit(NOTE, () => unknownNode)).rejects.toThrow(/not changed/);
    expect(await relay.open(NOTE)).toEqual(before);
    expect(bodies.get(NOTE)).toEqual(BASE);
    expect(saves).toEqual([]);
  });

  it('seeds a note’s doc from its stored body once, however often it is opened', async () => {
    const { relay } = await setup();
    const first = editorReplica(await relay.open(NOTE));
    const second = editorReplica(await relay.open(NOTE));
    Y.applyUpdate(first.replica, Y.encodeStateAsUpdate(second.replica));
    expect(noteBodyOf(first.replica)).toEqual(BASE);
  });

  it('persists pushed updates: a later open (after a restart) holds them', async () => {
    const { relay } = await setup();
    const ann = editorReplica(await relay.open(NOTE));
    writeNoteFragment(ann.replica, doc(para('First.'), para('Second, edited.')));
    for (const update of ann.outgoing) await relay.push(NOTE, update);
    expect(noteBodyOf(editorReplica(await relay.open(NOTE)).replica)).toEqual(
      doc(para('First.'), para('Second, edited.')),
    );
  });

  const refusals: Array<[string, SyncConfig['role'], string, (u: Uint8Array) => Uint8Array, RegExp]> = [
    ['a reviewer’s change', 'reviewer', NOTE, (u) => u, /reviewer cannot change notes/],
    ['a malformed update', 'editor', NOTE, (u) => u.slice(0, 5), /not a well-formed/],
    ['a note that is not in the notebook', 'editor', 'note-2', (u) => u, /not in this notebook/],
  ];
  for (const [name, role, noteId, spoil, message] of refusals) {
    it(`refuses ${name} and changes nothing`, async () => {
      const { relay, bodies, saves, changes } = await setup(role);
      const before = await relay.open(NOTE);
      const ann = editorReplica(before);
      writeNoteFragment(ann.replica, doc(para('First. Ann.'), para('Second.')));
      await expect(relay.push(noteId, spoil(Y.mergeUpdates(ann.outgoing)))).rejects.toThrow(message);
      expect(await relay.open(NOTE)).toEqual(before);
      expect(bodies.get(NOTE)).toEqual(BASE);
      expect(saves).toHaveLength(0);
      expect(changes()).toBe(0);
    });
  }
});
